#pragma once
// Vertically merged cells (ECMA-376 Part 1 §17.4.85 w:vMerge) in tables
// whose rows a DOCX template repeats or drops (docx_template.h).
//
// A merge is a cell with w:vMerge w:val="restart" followed, in the same
// grid column of the next rows, by cells with w:vMerge (continue). What
// the template engine does with rows of such tables:
// - A restart cell in a repeated range whose merge runs past the range's
//   last row (a 类别 column beside the item rows and the 合计 row): the
//   first copy keeps the restart, later copies continue it, so one merged
//   cell spans every copy and the rows after the range.
// - A merge inside the range (restart and continuations all in the
//   repeated rows): every copy has its own merged cell.
// - Continuation cells in the range of a merge that starts above it
//   continue that merge in every copy.
// - A continuation left without a cell above it in the merge (its restart
//   row dropped by {{#if}} or an empty {{#each}}) becomes a restart, with
//   its own (usually empty) content.
#include <pugixml.hpp>

namespace formwork {

/// Before wrapping: the rows `first`…`last` (w:tr siblings) form range
/// `range` (its opening tag's index). Marks their w:tbl (kRowTable) and
/// every restart cell of those rows whose merge runs past `last` (kSpan).
void mark_row_range(pugi::xml_node first, pugi::xml_node last, std::size_t range);

/// For the second and later copies of range `range`: the cells under `copy`
/// marked for it become continuations, their content one empty paragraph
/// (keeping the first paragraph's properties), as Word writes them.
void continue_spanning_cells(pugi::xml_node copy, std::size_t range);

/// After filling, for every table under `root` marked kRowTable: marks
/// removed, orphaned continuations made restarts, and a table left without
/// rows removed (a w:tbl needs at least one w:tr, §17.4.38), a cell that
/// then ends in no paragraph given an empty one.
void finish_row_tables(pugi::xml_node root);

}  // namespace formwork
