#pragma once
// The blocks of rows of one worksheet of an XLSX template: {{#each}} and
// {{#if}} tags matched with their closing tags over the rows.
#include "xlsx/xlsx_template_parts.h"

namespace formwork {

/// Matches the block tags of `sheet`'s cells (rows top to bottom, cells
/// left to right, tags in text order) and fills sheet.blocks, top_blocks,
/// limit and row_block:
/// - a block runs from the row of its opening tag to the row of its
///   closing tag (the same row: a one-row block); blocks nest, and two
///   blocks side by side may not share a row;
/// - {{else}} stands in a row of its own (no other tag) strictly between
///   the rows of {{#if}} and {{/if}}; that row is dropped from the output.
/// Throws TemplateError naming the cell and the tag (fail_at): an opening
/// tag without its closing tag ("Sheet1!B5: {{#each 行程}} has no
/// {{/each}}"), a closing tag without or not matching its opening tag,
/// {{else}} outside {{#if}}, given twice or sharing its row, blocks
/// sharing a row.
void build_row_blocks(TemplateSheet& sheet);

}  // namespace formwork
