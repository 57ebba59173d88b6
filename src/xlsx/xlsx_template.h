#pragma once
// XLSX templates authored in Excel, WPS or LibreOffice: tags in the cells
// of the workbook itself, filled per record into a copy of the package, so
// everything the author made (styles, number formats, column widths,
// merged cells, print setup, other sheets) survives.
#include <memory>
#include <string>

#include "model/value.h"
#include "picture/picture_files.h"

namespace formwork {

struct XlsxTemplateParts;  // the parsed parts and their tags (xlsx_template_parts.h)

/// A .xlsx file used as a template. Tags use the expression language of
/// the XML templates (docs/templates.md "Expressions"), in cell text
/// (shared or inline strings, plain or rich text) and in headers and
/// footers (§18.3.1.46 headerFooter; text tags only there):
///   {{expr | filter}}   a cell holding exactly one such tag and nothing
///                       else gets a typed value: a number (exact decimal
///                       text), a boolean, a date serial for an ISO date
///                       "2024-05-20" in a cell with a date number format
///                       (1900 or 1904 date system as the workbook says),
///                       an empty cell for null; anything else, and text
///                       around tags ("单位：{{单位}}"), is text. The
///                       cell's style is kept; a cell whose text held tags
///                       becomes plain text (an inline string) in that
///                       style: rich-text formatting inside it is dropped.
///                       Data never becomes a formula ("=1+1" stays text).
///   {{#each list}} … {{/each}}   the rows from the row of the opening tag
///                       to the row of the closing tag (usually the same
///                       row) repeat once per item; inside, the item's
///                       fields are names, `this` is the item, `index` its
///                       1-based number; {{#each list as x}} binds x too.
///   {{#if cond}} … {{else}} … {{/if}}   the same ranges of rows, kept or
///                       dropped; {{else}} stands in a row of its own,
///                       which is dropped.
///   {{%image expr [width=mm] [height=mm]}}, {{%qrcode expr [size=mm]
///   [level=L|M|Q|H]}}   a picture anchored at the top-left corner of the
///                       tag's cell (§20.5.2.24 oneCellAnchor, offsets 0),
///                       made as in DOCX templates: the PNG/JPEG file the
///                       value names (PictureFiles; a literal name is read
///                       at load), or a QR code of the value's text; sized
///                       by the options in mm, else the pixels at 96 dpi; an
///                       empty value gives no picture. The tag leaves the
///                       cell's text (the rest stays). In a repeated row,
///                       each copy gets its picture. Each distinct picture
///                       is stored once (xl/media/imageN); the sheet's
///                       drawing (the author's, or a new
///                       xl/drawings/drawingN.xml) holds the anchors. Not
///                       in headers and footers.
/// Block tags leave their cell's text; blocks nest. Rows below a block
/// move with it, and every formula of the workbook, the defined names
/// (print area, print titles), merged cells, conditional formats, data
/// validations, hyperlinks, page breaks and drawing anchors follow
/// (xlsx_template_refs.h): a range over a repeated row spans all copies,
/// a reference within a copy stays in it, a reference to dropped rows
/// becomes 0. Shared formulas become one formula per cell. Every formula's
/// cached value is computed (xlsx_template_calc.h); xl/calcChain.xml is
/// dropped. Everything else is copied unchanged.
/// Not supported: pictures in headers and footers (TemplateError), Excel
/// tables (xl/tables, their ranges are not moved), pivot tables,
/// charts' series ranges, defined names used in formulas, whole-column
/// references, data table formulas.
/// Thread-safe: fill() may run on many records at once.
class XlsxTemplate {
 public:
  /// Reads the package at `path` and parses every tag and formula of every
  /// worksheet now, so a defective template fails before any data is read.
  /// `pictures` resolves the picture tags' file names (a literal name is
  /// read now); may be null when no {{%image}} names a file. Throws IoError
  /// (unreadable, not a ZIP, no workbook) or TemplateError naming the
  /// sheet, the cell and the tag or formula (a literal picture file that is
  /// missing or unreadable, a picture tag in a header), e.g. "Sheet1!B5: {{#each 行程}} has no
  /// {{/each}}", "Sheet1!D7: formula =FOO(A1) calls FOO, a function formwork cannot compute …",
  /// "Sheet1!D7: formula ={{x}}+1 holds a tag …".
  static XlsxTemplate load(const std::string& path, const PictureFiles* pictures);

  /// The filled package (the bytes of a .xlsx) for one record. Zip entries
  /// keep their order and carry a fixed time, so equal input gives equal
  /// bytes. Throws TemplateError naming cell and tag for evaluation errors
  /// (unknown name, a list that is not one, an {{%image}} from data with
  /// no picture folder) and for circular references among the filled
  /// formulas; DataError for data an XLSX cell cannot hold (text over
  /// 32,767 characters), a picture the data names that cannot be used
  /// ("<template>: Sheet1!B5: {{%image 印章}} gives 'x.png': 'x.png' is
  /// not a file in …", "'../x.png': a picture path may not contain '..'", a
  /// value too long for a QR code) and from the expression module.
  std::string fill(const Value& record) const;

 private:
  std::shared_ptr<const XlsxTemplateParts> parts_;
};

}  // namespace formwork
