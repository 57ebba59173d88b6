#include "ooxml/zip_package.h"

#include <zip.h>

#include <ctime>
#include <memory>

#include "util/errors.h"

namespace formwork {

namespace {

struct SourceFree {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceFree>;

struct ArchiveDiscard {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using ArchivePtr = std::unique_ptr<zip_t, ArchiveDiscard>;

[[noreturn]] void fail(const std::string& what, const char* detail) {
  throw IoError("cannot build DOCX package: " + what + ": " + (detail ? detail : "unknown error"));
}

// libzip turns time_t into DOS time with localtime(), so build the time_t
// from local 2000-01-01 00:00 with mktime(): the stored stamp is then the
// same in every time zone.
time_t fixed_entry_time() {
  std::tm tm{};
  tm.tm_year = 100;
  tm.tm_mon = 0;
  tm.tm_mday = 1;
  tm.tm_isdst = -1;
  return std::mktime(&tm);
}

void add_entry(zip_t* zip, const ZipEntry& entry, time_t mtime) {
  // The data must outlive zip_close(); `entries` does (freep = 0).
  zip_source_t* src = zip_source_buffer(zip, entry.data.data(), entry.data.size(), 0);
  if (src == nullptr) fail(entry.name, zip_strerror(zip));
  zip_int64_t index = zip_file_add(zip, entry.name.c_str(), src, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(src);
    fail(entry.name, zip_strerror(zip));
  }
  auto i = static_cast<zip_uint64_t>(index);
  if (zip_set_file_compression(zip, i, ZIP_CM_DEFLATE, 9) != 0 ||
      zip_file_set_mtime(zip, i, mtime, 0) != 0) {
    fail(entry.name, zip_strerror(zip));
  }
}

// Reads back everything written to the in-memory source.
std::string read_source(zip_source_t* src) {
  if (zip_source_open(src) != 0) fail("reading archive", zip_error_strerror(zip_source_error(src)));
  std::string bytes;
  char buf[65536];
  zip_int64_t n;
  while ((n = zip_source_read(src, buf, sizeof buf)) > 0) bytes.append(buf, static_cast<size_t>(n));
  zip_source_close(src);
  if (n < 0) fail("reading archive", zip_error_strerror(zip_source_error(src)));
  return bytes;
}

}  // namespace

std::string build_zip(const std::vector<ZipEntry>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  SourcePtr buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) fail("buffer", zip_error_strerror(&error));
  ArchivePtr zip(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
  if (!zip) fail("open", zip_error_strerror(&error));
  zip_source_keep(buffer.get());  // zip_close() would otherwise free it
  time_t mtime = fixed_entry_time();
  for (const ZipEntry& entry : entries) add_entry(zip.get(), entry, mtime);
  if (zip_close(zip.get()) != 0) fail("close", zip_strerror(zip.get()));
  zip.release();  // closed: zip_close() freed it
  return read_source(buffer.get());
}

}  // namespace formwork
