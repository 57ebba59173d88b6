#pragma once
// The rough text width the DOCX writer uses where it must guess how text
// breaks into lines (whether a table row fits a page, whether a picture
// shares its line with all of its paragraph's text). Word and LibreOffice
// break lines themselves; this only has to be close.
#include <string_view>

namespace formwork {

/// Width in twips of one code point at `size_pt`: Han and everything else
/// from U+2E80 one em, the rest half an em.
inline double estimate_char_twips(char32_t cp, double size_pt) {
  return (cp >= 0x2E80 ? 20.0 : 10.0) * size_pt;
}

/// Width in twips of `text` (UTF-8, no line breaks) at `size_pt`, by
/// estimate_char_twips; a malformed byte counts as U+FFFD.
double estimate_text_twips(std::string_view text, double size_pt);

}  // namespace formwork
