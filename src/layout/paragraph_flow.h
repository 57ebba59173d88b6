#pragma once
// Private to the layout engine: puts a laid-out paragraph on pages.
#include "layout/page_flow.h"
#include "layout/paragraph_layout.h"

namespace formwork {

/// Places `box` at the cursor of `flow`, breaking pages between lines.
/// - space_before is dropped at the top of a page started by overflow.
/// - Widow/orphan control: a paragraph of ≥ 4 lines leaves ≥ 2 lines on
///   each side of a page break; shorter ones are not split at all (any
///   split would strand a single line) unless taller than a page.
/// - `keep_need` (pt) is the height of what must follow on the same page
///   (keep_with_next: the next block's first line); when the paragraph plus
///   that does not fit but would fit a fresh page, it moves to a new page.
/// A line taller than a page is placed anyway (it overflows the bottom).
void place_paragraph(const ParagraphBox& box, double keep_need, PageFlow& flow);

/// Copies `line`'s runs to the current page with their top at `top` (pt).
void emit_line(const LineBox& line, double top, PageFlow& flow);

}  // namespace formwork
