#pragma once
// Font names in w:rFonts (ECMA-376 Part 1 §17.3.2.26) and word/fontTable.xml
// (§17.8.3.10), read from the one font-role table (fonts/font_roles.h) with
// the user's overrides from the font configuration (docs/fonts.md).
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "fonts/font_roles.h"

namespace formwork {

/// Font names for one role: `east_asia` goes to w:eastAsia (Han text),
/// `latin` to w:ascii / w:hAnsi / w:cs (Latin letters, digits, Vietnamese).
using DocxFontNames = OfficeFontNames;

/// Built-in names for `role` ("song", "fangsong", "kai", "hei", "xbs",
/// "serif", "sans"): office_font_names(role) without overrides. An unknown
/// role gets the "song" names (the default body face), since Word and
/// LibreOffice substitute missing fonts anyway.
DocxFontNames docx_font_names(std::string_view role);

/// Whether `role` is a Latin role ("serif", "sans"; FontRole::cjk false):
/// its own face is the Latin one.
bool is_latin_role(std::string_view role);

/// One w:font entry of word/fontTable.xml (§17.8.3.10): the face name, its
/// English alternative name (helps substitution) and its w:charset value
/// ("86" = GB2312, "00" = ANSI).
struct DocxFontInfo {
  std::string name;
  std::string alt_name;  ///< empty for none
  std::string charset;
};

/// Role → face names for one document: the font-role table with the
/// user's overrides (role → face name, e.g. {"fangsong", "仿宋_GB2312"};
/// font file paths are not face names and are left out by the caller).
class DocxFonts {
 public:
  DocxFonts() = default;
  /// Throws std::invalid_argument for an override of an unknown role.
  explicit DocxFonts(FontOverrides overrides);

  /// Names for `role`, overrides applied (office_font_names).
  DocxFontNames names(std::string_view role) const;

  /// Every face names() can return, the table's faces first in role
  /// order, then overriding faces in role order, each once.
  std::vector<DocxFontInfo> font_list() const;

 private:
  FontOverrides overrides_;
};

}  // namespace formwork
