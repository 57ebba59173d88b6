#pragma once
// The one table mapping formwork font roles (model/document.h TextStyle)
// to the font names written in w:rFonts (ECMA-376 Part 1 §17.3.2.26), with
// the user's overrides from the font configuration (docs/fonts.md).
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace formwork {

/// Font names for one role: `east_asia` goes to w:eastAsia (Han text),
/// `latin` to w:ascii / w:hAnsi / w:cs (Latin letters, digits, Vietnamese).
struct DocxFontNames {
  std::string east_asia;
  std::string latin;
};

/// Built-in names for `role` ("song", "fangsong", "kai", "hei", "xbs",
/// "serif", "sans"): the Windows faces a Chinese office has (宋体, 仿宋, 楷体,
/// 黑体, 方正小标宋简体; Times New Roman / Arial for Latin). An unknown role
/// gets the "song" names (the default body face), since Word and
/// LibreOffice substitute missing fonts anyway.
DocxFontNames docx_font_names(std::string_view role);

/// Whether `role` is a Latin role ("serif", "sans"): an override of it
/// names the Latin face; for the other (CJK) roles it names the East Asian
/// face.
bool is_latin_role(std::string_view role);

/// One w:font entry of word/fontTable.xml (§17.8.3.10): the face name, its
/// English alternative name (helps substitution) and its w:charset value
/// ("86" = GB2312, "00" = ANSI).
struct DocxFontInfo {
  std::string name;
  std::string alt_name;  ///< empty for none
  std::string charset;
};

/// Role → face names for one document: the built-in table with the user's
/// overrides (role → face name, e.g. {"fangsong", "仿宋_GB2312"}; font file
/// paths are not face names and are ignored by the caller).
class DocxFonts {
 public:
  DocxFonts() = default;
  /// Throws std::invalid_argument for an override of an unknown role.
  explicit DocxFonts(std::map<std::string, std::string> overrides);

  /// Names for `role`, overrides applied.
  DocxFontNames names(std::string_view role) const;

  /// Every face names() can return, built-in ones first in a fixed order,
  /// then overriding faces in role order, each once.
  std::vector<DocxFontInfo> font_list() const;

 private:
  std::map<std::string, std::string> overrides_;
};

}  // namespace formwork
