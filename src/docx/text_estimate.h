#pragma once
// The rough text width (model/text_estimate.h, shared with the XLSX
// writer) in twips, where the DOCX writer must guess how text breaks into
// lines (whether a table row fits a page, whether a picture shares its
// line with all of its paragraph's text).
#include <string_view>

#include "model/text_estimate.h"

namespace formwork {

/// Width in twips of one code point at `size_pt` (estimate_char_em × size
/// × 20 twips per pt).
inline double estimate_char_twips(char32_t cp, double size_pt) {
  return estimate_char_em(cp) * size_pt * 20.0;
}

/// Width in twips of `text` (UTF-8, no line breaks) at `size_pt`
/// (estimate_text_em); a malformed byte counts as U+FFFD.
inline double estimate_text_twips(std::string_view text, double size_pt) {
  return estimate_text_em(text) * size_pt * 20.0;
}

}  // namespace formwork
