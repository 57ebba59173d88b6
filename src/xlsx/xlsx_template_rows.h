#pragma once
// Filling one worksheet of an XLSX template for one record: its blocks of
// rows expanded (each copy of {{#each}}, the kept branch of {{#if}}), every
// row renumbered and every tagged cell filled. Formulas are copied with
// their template text and listed for xlsx_template_refs.h, which rewrites
// them once every worksheet's rows are known.
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "expr/expression.h"
#include "xlsx/row_map.h"
#include "xlsx/xlsx_template_parts.h"
#include "xlsx/xlsx_template_pictures.h"

namespace formwork {

/// A formula cell of the filled sheet, its text still the template's.
struct PlacedFormula {
  pugi::xml_node c;         ///< the filled <c>
  const std::string* text;  ///< the template formula (no '=')
  int path = 0;             ///< the RowMap copy path it was made in
  bool array = false;       ///< f@t="array": its f@ref moves too
};

/// One filled worksheet.
struct FilledSheet {
  pugi::xml_document doc;  ///< a copy of the template's part, rows replaced
  std::unique_ptr<RowMap> map;
  std::vector<PlacedFormula> formulas;
  std::vector<FilledPicture> pictures;  ///< in the order their cells were filled
};

/// Fills `out` from `sheet` for `scope` (the record's scope):
/// - rows outside blocks are kept, renumbered below expanded blocks;
/// - {{#each list}} rows are repeated per item (none for an empty list),
///   each copy filled in a scope where the item's fields are names and
///   `this`, `index` (1-based) and the `as` name are bound
///   (bind_each_item); {{#if}} rows are kept or dropped, the {{else}} row
///   always dropped; row attributes (height, style) are kept per copy;
/// - a tagged cell: exactly one text tag gives a typed cell
///   (set_cell_value: number, boolean, date serial in a date-formatted
///   cell, empty for null), anything else text (an inline string); text is
///   cleaned as the DOCX side cleans it (forbidden characters dropped, CR
///   LF as LF, NFC); block tags leave the text; the cell's style is kept;
/// - picture tags leave the text too; each picture they give
///   (cell_picture, with `pictures`) is listed in `out.pictures` at the
///   cell's filled row and column, once per copy of its row.
/// Throws TemplateError naming cell and tag for evaluation errors (a list
/// that is not one: "Sheet1!A5: {{#each 行程}}: '行程' is a string,
/// expected a list"), DataError for a text longer than 32,767 characters
/// ("Sheet1!B5: {{说明}} gives text of 32,768 characters …") and for a
/// sheet that would pass Excel's 1,048,576 rows, and cell_picture's
/// errors.
void fill_sheet_rows(const TemplateSheet& sheet, FilledSheet& out, const Scope& scope,
                     bool date1904, const PictureFiles* pictures);

}  // namespace formwork
