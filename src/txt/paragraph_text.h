#pragma once
#include <string>
#include <vector>

#include "model/document.h"

namespace formwork {

/// A paragraph as plain-text lines for a page `width` display columns wide
/// (UAX #11 widths). Indents: 1 em = 2 columns; the first-line indent is
/// written as one U+3000 IDEOGRAPHIC SPACE per em (the Chinese 首行缩进
/// 两字 is two of them); left/right indents are spaces. Lines are wrapped
/// at UAX #14 break opportunities (see wrap_text); Center/Right alignment
/// pads on the left; no line has trailing spaces. Titles are centred and
/// signatures right-aligned whatever their Align (unless centred).
/// An empty paragraph is one empty line.
std::vector<std::string> render_paragraph(const Paragraph& p, int width);

}  // namespace formwork
