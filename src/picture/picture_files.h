#pragma once
// Where a template's pictures come from: files in the template's folder and
// in folders the caller allows (the data file's), read and decoded once.
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "model/picture.h"

namespace formwork {

/// Largest picture file read, in bytes: a scanned seal or logo is tens of
/// kilobytes; this only stops a wrong path from reading a disk image.
inline constexpr std::size_t kMaxPictureFileBytes = 20 * 1024 * 1024;

/// The picture files one template may use. A name is a relative path
/// ("seal.png", "images/logo.jpg") looked up in each allowed folder in
/// order; it may not be absolute, contain "..", a NUL or a backslash, and
/// the file it finds (symbolic links resolved) must lie inside the folder
/// it was found in — so text from data can pick a picture but never reach a
/// file outside those folders. Each file is read and decoded once and then
/// shared (thread-safe) by every record and writer.
class PictureFiles {
 public:
  explicit PictureFiles(const std::string& template_folder);

  /// Allows pictures from `folder` too, after the earlier ones. Call before
  /// rendering starts (not synchronised with load()).
  void add_folder(const std::string& folder);

  /// The decoded picture named `name` (printed size still 0). Throws
  /// PictureError with a message naming the name and the folders searched:
  /// "'x.png' is not in /a/templates or /a/data", "'../x.png': a picture
  /// path may not contain '..'", or the decoder's message.
  std::shared_ptr<const Picture> load(std::string_view name) const;

 private:
  std::string find(std::string_view name) const;

  std::vector<std::string> folders_;  ///< canonical, without trailing '/'
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::shared_ptr<const Picture>, std::less<>> cache_;
};

}  // namespace formwork
