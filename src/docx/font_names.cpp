#include "docx/font_names.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>

namespace formwork {

namespace {

constexpr const char* kTimes = "Times New Roman";

struct RoleNames {
  std::string_view role;
  const char* east_asia;
  const char* latin;
};

// Chinese faces pair with Times New Roman for digits and Latin letters, as
// in GB/T 9704 practice; the sans role is Arial throughout.
constexpr std::array<RoleNames, 7> kRoles{{
    {"song", "宋体", kTimes},
    {"fangsong", "仿宋", kTimes},
    {"kai", "楷体", kTimes},
    {"hei", "黑体", kTimes},
    {"xbs", "方正小标宋简体", kTimes},
    {"serif", "宋体", kTimes},
    {"sans", "黑体", "Arial"},
}};

const RoleNames* find_role(std::string_view role) {
  for (const RoleNames& r : kRoles) {
    if (r.role == role) return &r;
  }
  return nullptr;
}

const std::vector<DocxFontInfo>& builtin_fonts() {
  static const std::vector<DocxFontInfo> fonts{
      {"Times New Roman", "", "00"}, {"Arial", "", "00"},     {"宋体", "SimSun", "86"},
      {"仿宋", "FangSong", "86"},    {"楷体", "KaiTi", "86"}, {"黑体", "SimHei", "86"},
      {"方正小标宋简体", "", "86"},
  };
  return fonts;
}

}  // namespace

DocxFontNames docx_font_names(std::string_view role) {
  const RoleNames* r = find_role(role);
  if (r == nullptr) r = &kRoles[0];
  return {r->east_asia, r->latin};
}

bool is_latin_role(std::string_view role) { return role == "serif" || role == "sans"; }

DocxFonts::DocxFonts(std::map<std::string, std::string> overrides)
    : overrides_(std::move(overrides)) {
  for (const auto& [role, face] : overrides_) {
    if (find_role(role) == nullptr) {
      throw std::invalid_argument("unknown font role '" + role + "' for DOCX font names");
    }
  }
}

DocxFontNames DocxFonts::names(std::string_view role) const {
  DocxFontNames names = docx_font_names(role);
  auto it = overrides_.find(std::string(find_role(role) ? role : kRoles[0].role));
  if (it == overrides_.end() || it->second.empty()) return names;
  (is_latin_role(it->first) ? names.latin : names.east_asia) = it->second;
  return names;
}

std::vector<DocxFontInfo> DocxFonts::font_list() const {
  std::vector<DocxFontInfo> fonts = builtin_fonts();
  for (const RoleNames& r : kRoles) {
    auto it = overrides_.find(std::string(r.role));
    if (it == overrides_.end() || it->second.empty()) continue;
    bool listed = std::any_of(fonts.begin(), fonts.end(),
                              [&](const DocxFontInfo& f) { return f.name == it->second; });
    if (!listed) fonts.push_back({it->second, "", is_latin_role(r.role) ? "00" : "86"});
  }
  return fonts;
}

}  // namespace formwork
