#pragma once
// Paragraphs as WordprocessingML w:p elements (ECMA-376 Part 1 §17.3.1).
#include <pugixml.hpp>

#include "docx/docx_context.h"
#include "model/document.h"

namespace formwork {

/// Line height in twips that the PDF layout gives `para`: line_spacing ×
/// its largest run size (the paragraph mark's size when it has no runs);
/// with a line grid (`line_pitch` > 0 twips) the smallest whole number of
/// pitches that holds it, at least one (GB/T 9704 §5.2.2 line grid).
long line_height_twips(const Paragraph& para, long line_pitch);

/// Line height in twips of text whose largest size is `size_pt`:
/// `line_spacing` × size, or with a line grid (`line_pitch` > 0 twips) the
/// smallest whole number of pitches that holds it, at least one.
long text_line_twips(double size_pt, double line_spacing, long line_pitch);

/// Appends a w:p for `para` to `parent` (w:body, w:tc, w:hdr or w:ftr),
/// justified as `align` (which the caller takes from para.align or the
/// cell), and returns it. The w:pPr holds, in schema order (§17.3.1.26):
/// w:pStyle (Title, Heading1..4 for ParagraphRole::Title/Heading),
/// w:keepNext, w:widowControl (on or w:val="0", as the model says), w:pBdr
/// (rules), w:snapToGrid w:val="0" (in a grid section: see
/// ParagraphContext::section_grid), w:spacing
/// (before/after in twips = pt × 20; line = line_height_twips, lineRule
/// exact so Word and LibreOffice space lines as the PDF does; atLeast
/// picture_line_twips when it holds an inline picture), w:ind
/// (firstLineChars / leftChars / rightChars = em × 100, plus the same in
/// twips = em × first run's size × 20 for readers that ignore *Chars; a
/// negative first-line indent becomes w:hanging), w:jc and the paragraph
/// mark's w:rPr (the first run's style, so an empty paragraph keeps its
/// height). Runs of ctx.grid_size_pt carry ctx.run_spacing. A picture run
/// becomes a drawing (drawing_xml.h) at picture_extent, its image kept in
/// ctx.media (dropped when that is null). A rule paragraph (para.rule) is empty:
/// a 1 pt exact line with a bottom border, its indents in twips placing a rule of rule.length_mm
/// within ctx.available_width as `align` says, 1 pt taken off space_before (else
/// space_after) so it takes the PDF's space_before + thickness +
/// space_after.
pugi::xml_node append_paragraph(pugi::xml_node parent, const Paragraph& para, Align align,
                                const ParagraphContext& ctx);

/// Appends a paragraph holding only <w:br w:type="page"/> (§17.3.3.1); its
/// paragraph mark is 1 pt so the line it leaves on the next page is
/// negligible.
void append_page_break(pugi::xml_node parent, const ParagraphContext& ctx);

/// Appends an empty 1 pt paragraph and returns it. Word needs one after a
/// table that ends the body or a section, or is followed by another table
/// (adjacent tables would merge).
pugi::xml_node append_spacer_paragraph(pugi::xml_node parent, const ParagraphContext& ctx);

}  // namespace formwork
