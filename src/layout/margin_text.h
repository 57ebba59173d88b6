#pragma once
// Private to the layout engine: headers and footers (page numbers), placed
// once all pages exist so {pages} is known.
#include <string>

#include "layout/page_flow.h"
#include "layout/text_context.h"

namespace formwork {

/// `pattern` with every "{page}" replaced by `page` and "{pages}" by `pages`.
std::string margin_text(const std::string& pattern, int page, int pages);

/// Adds each page's header and footer (its section's PageSetup::header and
/// ::footer) to every page of `flow`. Page numbers count from 1 across all
/// sections; {pages} is the document's page count.
/// - Text: one line per '\n' of the pattern, in font_role at size_pt
///   (line pitch = size_pt), natural width, never wrapped.
/// - Horizontal, within the text block (版心) [left margin, page width −
///   right margin]: Left = indent_em × size_pt in from the left edge, Right
///   the same from the right edge, Center centred (indent ignored), Outside
///   = Right on odd page numbers and Left on even ones (GB/T 9704-2012 §7.5:
///   页码 单页居右空一字, 双页居左空一字).
/// - Vertical: the line's em box (size_pt tall, kEmBoxAscent of it above
///   the baseline) sits
///   distance_mm below the text block's bottom edge (footer) or above its
///   top edge (header); with a negative distance it is centred in the
///   bottom (top) margin.
/// - skip_first_page: nothing on the document's page 1.
void place_margin_texts(PageFlow& flow, TextContext& ctx);

}  // namespace formwork
