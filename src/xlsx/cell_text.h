#pragma once
// The text an XLSX cell holds: written by the sheet writer and read by the
// formula check, so both see the same string.
#include <string>

#include "model/document.h"

namespace formwork {

/// A table cell's paragraphs as lines ('\n' between them); rule paragraphs
/// (the short rules under a Nghị định 30 header block) have no cell
/// equivalent and are left out.
std::string cell_text(const Cell& c);

/// The text of a paragraph's row: its first-line indent as that many
/// ideographic spaces (U+3000 全角空格, rounded to whole em) before the text;
/// empty when the paragraph has no text.
std::string paragraph_row_text(const Paragraph& p);

}  // namespace formwork
