#pragma once
// A floating picture's DOCX offsets (from the character, column, page;
// line, paragraph, page: ECMA-376 Part 1 §20.4.2.10/11 wp:positionH/V)
// converted to the model's offsets from the pen position at the top of
// its line (model/picture.h).
#include "docx/reader_context.h"
#include "docx/run_collector.h"
#include "model/document.h"

namespace formwork {

/// Replaces the picture of `para.runs[placement.run]` with one whose
/// offset_x_mm / offset_y_mm are measured from the pen, given the
/// paragraph's indents (em of `em_pt`) and space before:
/// - horizontal from the column: less the first line's start (left +
///   first-line indent, and for a centred or right-aligned paragraph the
///   room its first line leaves, by the writer's width estimate); from the
///   page: less the left margin too; wp:align left/center/right places it
///   in the text width;
/// - vertical from the paragraph: less the space before (the picture's line
///   taken to be the first); from the page or margin: the same, warned
///   (PagePositioned), as the model cannot know where the line falls.
/// Approximate when text precedes the anchor on its line (the pen has
/// moved on) or the anchor's line is not the first.
void place_floating(Paragraph& para, const FloatingPlacement& placement, double em_pt,
                    const ReaderContext& ctx, const PartContext& part);

}  // namespace formwork
