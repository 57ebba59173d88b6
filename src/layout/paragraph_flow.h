#pragma once
// Private to the layout engine: puts a laid-out paragraph on pages.
#include "layout/page_flow.h"
#include "layout/paragraph_layout.h"

namespace formwork {

/// Places `box` at the cursor of `flow`, breaking pages between lines.
/// - space_before is dropped at the top of a page started by overflow.
/// - Widow/orphan control (box.widow_control, Word's w:widowControl): a
///   paragraph of ≥ 4 lines leaves ≥ 2 lines on each side of a page break;
///   one of 2 or 3 lines is not split at all (any split would strand a
///   single line) unless it is taller than a page. Without it, a page
///   takes as many lines as fit.
/// - `keep_need` (pt) is the height of what must follow on the same page
///   (keep_with_next: the next block's lead, see paragraph_lead_height);
///   when the paragraph plus that does not fit but would fit a fresh page,
///   it moves to a new page.
/// - A box with snap_after returns the cursor to the nearest grid line.
/// A line taller than a page is placed anyway (it overflows the bottom).
/// The lines' glyph runs and rules are moved to the pages (a long
/// paragraph's are not held twice), so `box` keeps only their heights.
void place_paragraph(ParagraphBox& box, double keep_need, PageFlow& flow);

/// The least height (pt) of `box` that can start a page's worth of it:
/// space_before plus the lines widow/orphan control would keep together at
/// the bottom of a page (2 lines; all of a 2- or 3-line paragraph; 1 line
/// without widow control). Used for keep_with_next.
double paragraph_lead_height(const ParagraphBox& box);

/// Moves `line`'s runs, rules and pictures to the current page with their
/// top at `top` (pt).
void emit_line(LineBox& line, double top, PageFlow& flow);

}  // namespace formwork
