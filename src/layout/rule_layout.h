#pragma once
// Private to the layout engine: rule paragraphs (Paragraph::rule), the GB/T
// 9704 §7.2.4 版头 separator, 版记 lines and Nghị định 30 short rules.
#include "layout/paragraph_layout.h"

namespace formwork {

/// A rule paragraph: one line as tall as the rule's thickness holding a
/// Rule through its middle. The rule runs between the paragraph's indents
/// (length_mm 0) or is length_mm long, placed left (Left/Justify), centred
/// or right per `align`. space_before/space_after stay exact (they position
/// the rule); on a line grid the box asks the flow to return to the nearest
/// grid line afterwards (snap_after).
ParagraphBox layout_rule_paragraph(const Paragraph& p, double left_x, double width, Align align,
                                   const DocGrid& grid);

}  // namespace formwork
