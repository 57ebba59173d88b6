#pragma once

#include <zip.h>

#include <memory>
#include <string>
#include <string_view>

namespace formwork {

/// Discards a read-only libzip archive (nothing is written back).
struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipArchive = std::unique_ptr<zip_t, ZipCloser>;

/// Opens, read-only, the ZIP archive held in `bytes` (which must outlive the
/// archive). Returns null with libzip's message in `error` when `bytes` is
/// not a readable ZIP archive; the caller reports it in its own words.
ZipArchive open_zip_in_memory(std::string_view bytes, std::string& error);

}  // namespace formwork
