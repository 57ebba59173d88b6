#pragma once
// Private to the layout engine: puts a measured table on pages.
#include "layout/page_flow.h"
#include "layout/table_layout.h"
#include "layout/text_context.h"

namespace formwork {

/// Places `table` at the cursor of `flow`:
/// - rows move whole to the next page when they do not fit; rows joined
///   by a rowspan move together when the group fits a page;
/// - header rows are drawn again at the top of every continuation page
///   (unless they take more than half a page);
/// - a row (or group) taller than a page is split between lines of its
///   cells' content, the continuation starting one padding below the top;
/// - cells get a 0xF2F2F2 FillRect when shaded and 0.5 pt Rules on their
///   four edges when table.borders (collinear edges merged, so shared edges
///   are drawn once and no line is drawn inside a merged cell).
/// - on each page after the table's first, its 续表 caption (Table::continued)
///   stands above the repeated header;
/// - with Table::carry, a page the table goes on from ends with a 过次页
///   row and the next page's part opens, under its header, with a 承前页
///   row, both holding the totals of the body rows printed so far (laid
///   out then, with `ctx`).
/// The glyph runs of lines drawn only once (body cells not spanning rows)
/// are moved to the pages, so a long cell's text is not held twice; header
/// and rowspan cells, which may be drawn again, are copied.
void place_table(TableBox& table, PageFlow& flow, TextContext& ctx);

/// Height (pt) of the least part of `table` that starts a page: header
/// rows plus the first row group. Used for keep_with_next.
double table_lead_height(const TableBox& table);

}  // namespace formwork
