#pragma once
#include <string>
#include <vector>

#include "model/document.h"
#include "txt/line_wrap.h"  // LineSink

namespace formwork {

/// The paragraph's text as the TXT writer writes it: its runs joined, a
/// picture as its alt text in brackets ("[电子印章]", a QR code's value) or
/// nothing when it has none, cleaned of the characters no output may carry
/// (clean_text, util/forbidden_chars.h).
std::string plain_text(const Paragraph& p);

/// A paragraph as plain-text lines for a page `width` display columns wide
/// (UAX #11 widths). Indents: 1 em = 2 columns; the first-line indent is
/// written as one U+3000 IDEOGRAPHIC SPACE per em (the Chinese 首行缩进
/// 两字 is two of them); left/right indents are spaces; a negative
/// first-line indent is a hanging indent (the first line starts that many
/// em left of the others, at least at column 0). Lines are wrapped
/// at UAX #14 break opportunities (see wrap_text); Center/Right alignment
/// pads on the left; no line has trailing spaces. Titles are centred and
/// signatures right-aligned whatever their Align (unless centred).
/// An empty paragraph is one empty line.
/// `ambiguous`: how East Asian Ambiguous characters count (display_width).
std::vector<std::string> render_paragraph(const Paragraph& p, int width,
                                          AmbiguousWidth ambiguous = AmbiguousWidth::Narrow);

/// render_paragraph handing each line to `sink` as it is made (memory:
/// one line beyond the paragraph's text).
void render_paragraph(const Paragraph& p, int width, const LineSink& sink,
                      AmbiguousWidth ambiguous = AmbiguousWidth::Narrow);

/// A rule paragraph (Paragraph::rule) as one line of U+2500 BOX DRAWINGS
/// LIGHT HORIZONTAL ("─", one column wide) on a page `width` columns wide
/// whose text block is `text_width_mm` wide: HorizontalRule::length_mm
/// scaled to columns (0: the whole width between the indents), at most the
/// width between the indents, at least one column; placed by the
/// paragraph's alignment like text. Thickness and colour are not shown.
std::string render_rule(const Paragraph& p, int width, double text_width_mm);

}  // namespace formwork
