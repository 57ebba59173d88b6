#pragma once
// The one table of font roles, read by every writer: for each role the
// family the PDF embeds by default (a Debian font), and the face names Word
// and Excel show in DOCX and XLSX (宋体, 仿宋, 黑体, Times New Roman…).
// Templates name roles (model/document.h TextStyle::font_role), never fonts.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace formwork {

/// One font role: its name, the default fontconfig family, the Debian
/// package providing that family, whether its glyphs are CJK, and its
/// partner role of the other script: the Latin face that draws Western
/// characters in CJK text (serif for Song-like faces, sans for Hei), or the
/// CJK face that draws Han characters in Latin text. `office_name` is the
/// face DOCX and XLSX name for the role's own script (the Windows face a
/// Chinese office has: 宋体, 仿宋, 楷体, 黑体, 方正小标宋简体, Times New
/// Roman, Arial), `office_alt_name` its English name ("SimSun"; "" for
/// none), which helps Word substitute it (ECMA-376 Part 1 §17.8.3.1 altName).
struct FontRole {
  std::string name;
  std::string default_family;
  std::string package;
  bool cjk = true;
  std::string partner;
  std::string office_name;
  std::string office_alt_name;
};

/// All roles in a fixed order: song, fangsong, kai, hei, xbs, serif, sans.
const std::vector<FontRole>& font_roles();

/// The role named `name`, or nullptr when there is no such role.
const FontRole* find_font_role(const std::string& name);

/// The Debian package that provides `family` when it is one of the default
/// families ("fonts-arphic-gbsn00lp" for "AR PL SungtiL GB"), else "".
std::string package_for_family(const std::string& family);

/// The user's faces by role (role → family name, as
/// FontConfig::family_overrides gives them, e.g. {"fangsong",
/// "仿宋_GB2312"}): each replaces the role's office_name.
using FontOverrides = std::map<std::string, std::string>;

/// The faces an office document names for text in one role: `east_asia`
/// for Han text (DOCX w:rFonts w:eastAsia), `latin` for Latin letters,
/// digits and Vietnamese (w:ascii, w:hAnsi, w:cs).
struct OfficeFontNames {
  std::string east_asia;
  std::string latin;
};

/// The faces for `role` with `overrides` applied, chosen as the PDF
/// chooses its fonts (docs/fonts.md): the role's own face for its script,
/// its partner role's face for the other one. "song" → 宋体 + Times New
/// Roman; "hei" → 黑体 + Arial; "serif" → 宋体 + Times New Roman. An
/// override of "serif" therefore also changes the Latin face of song,
/// fangsong, kai and xbs, as it does in the PDF. An unknown role gets the
/// "song" faces (the default body face). Names are cleaned of forbidden
/// characters (util/forbidden_chars.h).
OfficeFontNames office_font_names(std::string_view role, const FontOverrides& overrides = {});

/// The single face of a spreadsheet cell whose text is in `role` (a cell
/// names one font, ECMA-376 Part 1 §18.8.22): the face of the role's own
/// script, office_font_names(role).east_asia for CJK roles, .latin for
/// serif and sans.
std::string office_cell_font(std::string_view role, const FontOverrides& overrides = {});

/// Throws std::invalid_argument naming the first role of `overrides` that
/// is not a font role.
void check_override_roles(const FontOverrides& overrides);

}  // namespace formwork
