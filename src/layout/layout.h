#pragma once
// The layout engine: Document → pages of frames.
#include "layout/font_metrics.h"
#include "layout/frame.h"
#include "model/document.h"

namespace formwork {

/// Lays `doc` out on pages; every position is in pt from the page's
/// top-left corner, y down.
/// - Sections: doc.page for the first blocks, then each SectionBreak starts
///   a new page with its own PageSetup (size, orientation, margins, header,
///   footer, grid), so pages may differ in size (ECMA-376 §17.6 sections).
///   A page on which nothing was placed yet takes the new setup instead of
///   staying blank.
/// - Paragraphs wrap at UAX #14 line-break opportunities (ICU
///   BreakIterator, strict line breaking for Chinese so no line starts with
///   。，、；：？！）」』》 nor ends with （「『《; Latin words and digit
///   strings such as 0531-88597980 stay whole); a segment wider than the
///   line is broken between grapheme clusters (UAX #29). Justify stretches
///   between CJK characters and at spaces; last lines and lines ended by
///   '\n' are not justified.
/// - Document grid (PageSetup::grid_lines/grid_chars, GB/T 9704-2012 §5.2.2
///   22 × 28): line heights and paragraph spacing in whole grid lines, so
///   body baselines sit on the grid; body-size CJK characters one per
///   character cell; indents in cells. Tables are not on the grid; the flow
///   resumes on the next grid line after them.
/// - Rule paragraphs (Paragraph::rule) draw a Rule between the indents or
///   of length_mm placed by the paragraph's alignment, also in table cells.
/// - Pagination: widow/orphan control (never one line of a paragraph alone
///   at a page's bottom or top), keep_with_next (implied for headings and
///   titles, so none ends a page), space_before dropped at the top of a
///   page reached by overflow.
/// - Tables: fixed (column_widths_mm) and relative column widths,
///   colspan/rowspan, padding, vertical alignment, borders; rows move whole
///   to the next page and header rows repeat there; a row taller than a
///   page is split between lines.
/// - Headers and footers (PageSetup::header/footer): {page} counts across
///   all sections, {pages} is the document's page count; Left/Center/
///   Right/Outside (odd pages right, even pages left, GB/T 9704 §7.5),
///   indent in em, distance from the text block, first page skipped on
///   request.
/// - Italic text without a real italic face gets GlyphRun::synthetic_italic,
///   bold without a bold face synthetic_bold.
/// - Pictures (Run::picture) become PictureItems: inline ones are boxes in
///   their line, bottom on the baseline, the line grown to hold them (by
///   whole grid lines on a line grid) and moved to the next page whole;
///   floating ones take no room and sit at their pen position and line top
///   moved by their offsets. A picture wider than its line (or cell) or
///   taller than the page's text block is scaled down, keeping its aspect.
///   See layout_paragraph.
/// Throws std::invalid_argument for a table whose cells overflow its grid.
LaidOutDocument layout_document(const Document& doc, FontProvider& fonts);

}  // namespace formwork
