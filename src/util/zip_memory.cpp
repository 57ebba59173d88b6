#include "util/zip_memory.h"

namespace formwork {

ZipArchive open_zip_in_memory(std::string_view bytes, std::string& error) {
  zip_error_t e;
  zip_error_init(&e);
  ZipArchive zip;
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &e);
  if (src != nullptr) zip.reset(zip_open_from_source(src, ZIP_RDONLY, &e));
  if (!zip) {
    // zip_open_from_source takes the source only when it succeeds.
    if (src != nullptr) zip_source_free(src);
    error = zip_error_strerror(&e);
  }
  zip_error_fini(&e);
  return zip;
}

}  // namespace formwork
