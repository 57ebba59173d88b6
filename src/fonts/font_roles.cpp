#include "fonts/font_roles.h"

#include <stdexcept>

#include "util/forbidden_chars.h"

namespace formwork {

const std::vector<FontRole>& font_roles() {
  // No free 仿宋 or 小标宋 is packaged in Debian 12: both fall back to the
  // Song face until fonts.json points them at the real fonts. DOCX and XLSX
  // name the faces a Chinese office has installed; Word and Excel
  // substitute where one is missing.
  static const std::vector<FontRole> roles = {
      {"song", "AR PL SungtiL GB", "fonts-arphic-gbsn00lp", true, "serif", "宋体", "SimSun"},
      {"fangsong", "AR PL SungtiL GB", "fonts-arphic-gbsn00lp", true, "serif", "仿宋", "FangSong"},
      {"kai", "AR PL KaitiM GB", "fonts-arphic-gkai00mp", true, "serif", "楷体", "KaiTi"},
      {"hei", "Droid Sans Fallback", "fonts-droid-fallback", true, "sans", "黑体", "SimHei"},
      {"xbs", "AR PL SungtiL GB", "fonts-arphic-gbsn00lp", true, "serif", "方正小标宋简体", ""},
      {"serif", "Liberation Serif", "fonts-liberation2", false, "song", "Times New Roman", ""},
      {"sans", "Liberation Sans", "fonts-liberation2", false, "hei", "Arial", ""},
  };
  return roles;
}

const FontRole* find_font_role(const std::string& name) {
  for (const FontRole& role : font_roles()) {
    if (role.name == name) return &role;
  }
  return nullptr;
}

std::string package_for_family(const std::string& family) {
  for (const FontRole& role : font_roles()) {
    if (role.default_family == family) return role.package;
  }
  return "";
}

namespace {

/// The office face of `role`: the user's override, else the table's.
std::string own_face(const FontRole& role, const FontOverrides& overrides) {
  auto it = overrides.find(role.name);
  const std::string& face =
      it == overrides.end() || it->second.empty() ? role.office_name : it->second;
  return clean_text(face);
}

}  // namespace

OfficeFontNames office_font_names(std::string_view role, const FontOverrides& overrides) {
  const FontRole* own = find_font_role(std::string(role));
  if (own == nullptr) own = &font_roles().front();
  const FontRole* partner = find_font_role(own->partner);
  const std::string mine = own_face(*own, overrides);
  const std::string other = partner ? own_face(*partner, overrides) : mine;
  return own->cjk ? OfficeFontNames{mine, other} : OfficeFontNames{other, mine};
}

std::string office_cell_font(std::string_view role, const FontOverrides& overrides) {
  const FontRole* own = find_font_role(std::string(role));
  OfficeFontNames names = office_font_names(role, overrides);
  return own == nullptr || own->cjk ? names.east_asia : names.latin;
}

void check_override_roles(const FontOverrides& overrides) {
  for (const auto& [role, face] : overrides) {
    if (find_font_role(role) == nullptr) {
      throw std::invalid_argument("unknown font role '" + role + "' for office font names");
    }
  }
}

}  // namespace formwork
