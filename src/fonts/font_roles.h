#pragma once
// The font roles formwork knows, their Debian default families and the
// packages that provide them (private to src/fonts and src/pdf).
#include <string>
#include <vector>

namespace formwork {

/// One font role: its name, the default fontconfig family, the Debian
/// package providing that family, whether its glyphs are CJK, and its
/// partner role of the other script: the Latin face that draws Western
/// characters in CJK text (serif for Song-like faces, sans for Hei), or the
/// CJK face that draws Han characters in Latin text.
struct FontRole {
  std::string name;
  std::string default_family;
  std::string package;
  bool cjk = true;
  std::string partner;
};

/// All roles in a fixed order: song, fangsong, kai, hei, xbs, serif, sans.
const std::vector<FontRole>& font_roles();

/// The role named `name`, or nullptr when there is no such role.
const FontRole* find_font_role(const std::string& name);

/// The Debian package that provides `family` when it is one of the default
/// families ("fonts-arphic-gbsn00lp" for "AR PL SungtiL GB"), else "".
std::string package_for_family(const std::string& family);

}  // namespace formwork
