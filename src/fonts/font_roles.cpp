#include "fonts/font_roles.h"

namespace formwork {

const std::vector<FontRole>& font_roles() {
  // No free 仿宋 or 小标宋 is packaged in Debian 12: both fall back to the
  // Song face until fonts.json points them at the real fonts.
  static const std::vector<FontRole> roles = {
      {"song", "AR PL SungtiL GB", "fonts-arphic-gbsn00lp", true, "serif"},
      {"fangsong", "AR PL SungtiL GB", "fonts-arphic-gbsn00lp", true, "serif"},
      {"kai", "AR PL KaitiM GB", "fonts-arphic-gkai00mp", true, "serif"},
      {"hei", "Droid Sans Fallback", "fonts-droid-fallback", true, "sans"},
      {"xbs", "AR PL SungtiL GB", "fonts-arphic-gbsn00lp", true, "serif"},
      {"serif", "Liberation Serif", "fonts-liberation2", false, "song"},
      {"sans", "Liberation Sans", "fonts-liberation2", false, "hei"},
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

}  // namespace formwork
