#include "fonts/font_config.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "fonts/font_match.h"
#include "fonts/font_roles.h"
#include "util/atomic_file.h"
#include "util/errors.h"
#include "util/utf8.h"

namespace formwork {
namespace {

/// A role value names a file (not a family) when it contains a slash or
/// ends in a font file extension.
bool looks_like_path(const std::string& value) {
  if (value.find('/') != std::string::npos) return true;
  const std::string ext = ascii_lower(std::filesystem::path(value).extension().string());
  return ext == ".ttf" || ext == ".otf" || ext == ".ttc" || ext == ".otc";
}

std::string known_roles() {
  std::string names;
  for (const FontRole& role : font_roles()) {
    if (!names.empty()) names += ", ";
    names += role.name;
  }
  return names;
}

}  // namespace

FontConfig FontConfig::defaults() {
  FontConfig config;
  for (const FontRole& role : font_roles()) config.roles_[role.name] = role.default_family;
  return config;
}

FontConfig FontConfig::load(const std::string& path) {
  const std::string text = read_file(path, "font configuration");
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw DataError("font configuration '" + path + "': invalid JSON: " + e.what());
  }
  if (!json.is_object()) {
    throw DataError("font configuration '" + path + "': expected an object of role → font");
  }
  FontConfig config = defaults();
  std::vector<std::string> problems;
  // Relative file names are relative to the JSON file, so a fonts.json
  // shipped next to the templates can name fonts beside it.
  const std::filesystem::path base = std::filesystem::path(path).parent_path();
  for (const auto& [role, value] : json.items()) {
    if (!find_font_role(role)) {
      problems.push_back("unknown font role '" + role + "' (known: " + known_roles() + ")");
    } else if (!value.is_string() || value.get<std::string>().empty()) {
      problems.push_back("font role '" + role + "': expected a family name or a .ttf path");
    } else {
      std::string font = value.get<std::string>();
      if (looks_like_path(font) && std::filesystem::path(font).is_relative()) {
        font = (base / font).lexically_normal().string();
      }
      config.roles_[role] = font;
    }
  }
  if (!problems.empty()) {
    throw DataError("font configuration '" + path + "': " + problems.front(), problems);
  }
  return config;
}

std::map<std::string, FontFiles> FontConfig::resolve() const {
  std::map<std::string, FontFiles> resolved;
  for (const auto& [role, font] : roles_) {
    resolved[role] = looks_like_path(font) ? use_font_file(role, font) : match_family(role, font);
  }
  return resolved;
}

std::map<std::string, std::string> FontConfig::family_overrides() const {
  const FontConfig defaults_cfg = defaults();
  std::map<std::string, std::string> out;
  for (const auto& [role, family] : roles_) {
    auto d = defaults_cfg.roles_.find(role);
    if (!looks_like_path(family) && (d == defaults_cfg.roles_.end() || d->second != family)) {
      out[role] = family;
    }
  }
  return out;
}

}  // namespace formwork
