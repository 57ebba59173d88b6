#include "fonts/face_key.h"

#include <cctype>
#include <filesystem>

namespace formwork {

std::string face_key(const std::string& path, unsigned index) {
  return index == 0 ? path : path + "#" + std::to_string(index);
}

FaceRef parse_face_key(const std::string& key) {
  const size_t hash = key.rfind('#');
  if (hash == std::string::npos || hash + 1 == key.size()) return {key, 0};
  for (size_t i = hash + 1; i < key.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(key[i]))) return {key, 0};
  }
  std::error_code ec;
  if (std::filesystem::exists(key, ec) || key.size() - hash > 6) return {key, 0};
  return {key.substr(0, hash), static_cast<unsigned>(std::stoul(key.substr(hash + 1)))};
}

}  // namespace formwork
