#pragma once
// The layout engine: Document → pages of frames.
#include "layout/font_metrics.h"
#include "layout/frame.h"
#include "model/document.h"

namespace formwork {

/// Lays `doc` out on pages of doc.page's size and margins.
/// - Paragraphs wrap at UAX #14 line-break opportunities (ICU
///   BreakIterator, strict line breaking for Chinese so no line starts with
///   。，、；：？！）」』》 nor ends with （「『《); a segment wider than the
///   line is broken between grapheme clusters.
/// - Tables: column widths scaled to the text width, colspan/rowspan,
///   padding, vertical alignment, borders; rows move whole to the next page
///   and header rows repeat there; a row taller than a page is split.
/// - Footer text with {page}/{pages} is placed in the bottom margin.
/// Throws std::invalid_argument for a table whose cells overflow its grid.
LaidOutDocument layout_document(const Document& doc, FontProvider& fonts);

}  // namespace formwork
