#pragma once
// The one rough text measure of the writers that cannot set text
// themselves and must guess where a reader will break it: DOCX (whether a
// table row fits a page, whether a picture shares its line with the text)
// and XLSX (row heights for wrapped text, which Excel does not grow for
// merged cells). Word, LibreOffice and Excel break lines themselves; this
// only has to be close, and the same in both writers. The PDF needs no
// guess (layout measures with the fonts), nor does TXT (it counts columns).
#include <string_view>

namespace formwork {

/// em per display column: a Han character (two columns) is one em, a
/// Latin letter or digit half an em.
inline constexpr double kEstimateEmPerColumn = 0.5;

/// Width of one code point in em: its display columns (UAX #11 East Asian
/// Width: Wide and Fullwidth two, combining marks none, the rest one,
/// Ambiguous one) × kEstimateEmPerColumn.
double estimate_char_em(char32_t cp);

/// Width of `text` (UTF-8, no line breaks) in em, the sum of
/// estimate_char_em; a malformed byte counts as U+FFFD.
double estimate_text_em(std::string_view text);

}  // namespace formwork
