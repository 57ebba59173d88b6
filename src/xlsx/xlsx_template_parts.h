#pragma once
// The parsed form of an XLSX template (xlsx_template.h): what load() finds
// once and every fill() reads. Private to the xlsx_template* files.
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "ooxml/template_tag.h"
#include "ooxml/zip_package.h"
#include "picture/picture_files.h"

namespace formwork {

/// A stretch of a cell's (or header's) text: literal text, or a text tag.
struct CellTextPiece {
  std::string literal;
  std::optional<size_t> tag;  ///< index into the sheet's tags
};

/// One <c> (§18.3.1.4) of the template.
struct TemplateCell {
  int col = 0;                         ///< 0-based
  pugi::xml_node node;                 ///< in TemplateSheet::doc
  bool tagged = false;                 ///< its text held tags: rewritten from `pieces`
  std::vector<CellTextPiece> pieces;   ///< the text without its block tags
  std::vector<size_t> block_tags;      ///< its block tags in text order (sheet's tags)
  std::vector<size_t> picture_tags;    ///< its {{%image}}/{{%qrcode}} tags in text order
  std::optional<std::string> formula;  ///< without '='; shared formulas expanded
  bool date_format = false;            ///< its style's number format shows dates
  std::string label;                   ///< "Sheet1!B5", for messages
};

/// One <row> (§18.3.1.73) of the template.
struct TemplateRow {
  int r = 0;  ///< 1-based
  pugi::xml_node node;
  std::vector<TemplateCell> cells;
};

/// An {{#each}} or {{#if}} range of rows.
struct RowBlock {
  size_t tag = 0;    ///< the opening tag, in the sheet's tags
  int open = 0;      ///< first row
  int close = 0;     ///< last row (≥ open)
  int else_row = 0;  ///< {{#if}}: the row of {{else}} (dropped), 0 when none
  int parent = -1;
  std::vector<int> children;  ///< in row order
};

/// A text of §18.3.1.46 headerFooter holding tags.
struct HeaderFooterText {
  std::string element;  ///< "oddHeader", …
  std::vector<CellTextPiece> pieces;
};

/// One worksheet.
struct TemplateSheet {
  std::string name;  ///< as in workbook.xml
  std::string part;  ///< "xl/worksheets/sheet1.xml"
  std::unique_ptr<pugi::xml_document> doc;
  std::vector<TemplateRow> rows;  ///< ascending r
  std::vector<Tag> tags;
  std::vector<RowBlock> blocks;
  std::vector<int> top_blocks;  ///< blocks in no other block, in row order
  int limit = 0;                ///< last row of the last top-level block (0: none)
  std::vector<int> row_block;   ///< innermost block by row, 1..limit (-1: none)
  std::vector<HeaderFooterText> header_footer;
  std::string drawing_part;  ///< its drawing (§20.5), "" when none
};

struct XlsxTemplateParts {
  std::string path;
  const PictureFiles* pictures = nullptr;
  std::vector<ZipEntry> entries;  ///< in archive order
  std::string workbook_part;      ///< "xl/workbook.xml"
  std::unique_ptr<pugi::xml_document> workbook;
  std::vector<TemplateSheet> sheets;  ///< worksheets in workbook order
  std::vector<std::string> shared_strings;
  bool date1904 = false;
  std::string calc_chain_part;  ///< "" when none
};

/// Reads and checks the template at `path` (see XlsxTemplate::load).
std::shared_ptr<XlsxTemplateParts> load_xlsx_template(const std::string& path,
                                                      const PictureFiles* pictures);

}  // namespace formwork
