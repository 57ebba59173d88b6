#pragma once
// The one table mapping formwork font roles (model/document.h TextStyle)
// to the font names written in w:rFonts (ECMA-376 Part 1 §17.3.2.26).
#include <string_view>
#include <vector>

namespace formwork {

/// Font names for one role: `east_asia` goes to w:eastAsia (Han text),
/// `latin` to w:ascii / w:hAnsi / w:cs (Latin letters, digits, Vietnamese).
struct DocxFontNames {
  const char* east_asia;
  const char* latin;
};

/// Names for `role` ("song", "fangsong", "kai", "hei", "xbs", "serif",
/// "sans"); an unknown role gets the "song" names (the default body face),
/// since Word and LibreOffice substitute missing fonts anyway.
DocxFontNames docx_font_names(std::string_view role);

/// One w:font entry of word/fontTable.xml (§17.8.3.10): the face name, its
/// English alternative name (helps substitution) and its w:charset value
/// ("86" = GB2312, "00" = ANSI).
struct DocxFontInfo {
  const char* name;
  const char* alt_name;  ///< empty for none
  const char* charset;
};

/// Every face docx_font_names can return, in a fixed order.
const std::vector<DocxFontInfo>& docx_font_list();

}  // namespace formwork
