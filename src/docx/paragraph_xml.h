#pragma once
// Paragraphs as WordprocessingML w:p elements (ECMA-376 Part 1 §17.3.1).
#include <pugixml.hpp>

#include "model/document.h"

namespace formwork {

/// Appends a w:p for `para` to `parent` (w:body, w:tc or w:ftr), justified
/// as `align` (which the caller takes from para.align or the cell). The
/// w:pPr holds, in schema order: w:pStyle (Title, Heading1..4 for
/// ParagraphRole::Title/Heading), w:keepNext, w:spacing (before/after in
/// twips = pt × 20; line = line_spacing × 240 with lineRule auto), w:ind
/// (firstLineChars / leftChars / rightChars = em × 100, plus the same in
/// twips = em × first run's size × 20 for readers that ignore *Chars;
/// a negative first-line indent becomes w:hanging), w:jc and the paragraph
/// mark's w:rPr (the first run's style, so an empty paragraph keeps its
/// height).
void append_paragraph(pugi::xml_node parent, const Paragraph& para, Align align);

/// Appends a paragraph holding only <w:br w:type="page"/> (§17.3.3.1); its
/// paragraph mark is 1 pt so the line it leaves on the next page is
/// negligible.
void append_page_break(pugi::xml_node parent);

/// Appends an empty 1 pt paragraph. Word needs one after a table that ends
/// the body or is followed by another table (adjacent tables would merge).
void append_spacer_paragraph(pugi::xml_node parent);

}  // namespace formwork
