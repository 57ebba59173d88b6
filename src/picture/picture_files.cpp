#include "picture/picture_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "picture/picture_decode.h"

namespace formwork {

namespace fs = std::filesystem;

namespace {

void check_name(std::string_view name) {
  std::string quoted = "'" + std::string(name) + "'";
  if (name.empty()) throw PictureError("the picture path is empty");
  if (name.find('\0') != std::string_view::npos || name.find('\\') != std::string_view::npos)
    throw PictureError(quoted + ": a picture path may not contain a NUL or '\\'");
  fs::path p{std::string(name)};
  if (p.is_absolute())
    throw PictureError(quoted + ": a picture path must be relative to the template's folder");
  for (const fs::path& part : p)
    if (part == "..") throw PictureError(quoted + ": a picture path may not contain '..'");
}

bool inside(const std::string& path, const std::string& folder) {
  return path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0 &&
         path[folder.size()] == '/';
}

std::string read_picture_file(const std::string& path, std::string_view name) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec) throw PictureError("'" + std::string(name) + "': " + ec.message());
  if (size > kMaxPictureFileBytes) {
    throw PictureError("'" + std::string(name) + "' has " + std::to_string(size) +
                       " bytes: at most " + std::to_string(kMaxPictureFileBytes >> 20) + " MiB");
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) throw PictureError("'" + std::string(name) + "' cannot be read");
  return std::move(bytes).str();
}

}  // namespace

PictureFiles::PictureFiles(const std::string& template_folder) { add_folder(template_folder); }

void PictureFiles::add_folder(const std::string& folder) {
  std::error_code ec;
  fs::path canonical = fs::canonical(folder.empty() ? "." : folder, ec);
  if (ec) return;  // a folder that does not exist holds no pictures
  std::string s = canonical.string();
  if (s.size() > 1 && s.back() == '/') s.pop_back();
  for (const std::string& f : folders_)
    if (f == s) return;
  folders_.push_back(s);
}

std::string PictureFiles::find(std::string_view name) const {
  check_name(name);
  std::string searched;
  for (const std::string& folder : folders_) {
    std::error_code ec;
    fs::path found = fs::canonical(fs::path(folder) / std::string(name), ec);
    if (!ec && inside(found.string(), folder) && fs::is_regular_file(found, ec))
      return found.string();
    searched += (searched.empty() ? "" : " or ") + folder;
  }
  throw PictureError("'" + std::string(name) + "' is not a file in " + searched);
}

std::shared_ptr<const Picture> PictureFiles::load(std::string_view name) const {
  std::string path = find(name);
  {
    std::lock_guard lock(mutex_);
    if (auto it = cache_.find(path); it != cache_.end()) return it->second;
  }
  std::shared_ptr<const Picture> pic;
  try {
    pic = decode_picture(read_picture_file(path, name));
  } catch (const PictureError& e) {
    std::string what = e.what();
    if (what.rfind("'", 0) == 0) throw;
    throw PictureError("'" + std::string(name) + "': " + what);
  }
  std::lock_guard lock(mutex_);
  return cache_.emplace(path, pic).first->second;
}

}  // namespace formwork
