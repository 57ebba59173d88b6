#pragma once
// Tables (ECMA-376 Part 1 §17.4 w:tbl) read into the model's Table, whose
// rows list only the cells that start in them (model/document.h Cell).
#include <optional>
#include <pugixml.hpp>

#include "docx/paragraph_reader.h"
#include "docx/reader_context.h"
#include "model/document.h"

namespace formwork {

/// Reads the tables of one part, their cell paragraphs through `paragraphs`.
class TableReader {
 public:
  TableReader(ReaderContext& ctx, const PartContext& part, ParagraphReader& paragraphs)
      : ctx_(ctx), part_(part), paragraphs_(paragraphs) {}

  /// The model of `tbl`, or nullopt when it has no cells:
  /// - columns from w:tblGrid/w:gridCol (twips): relative weights when the
  ///   table is at least 95 % of the text width or its w:tblW is a
  ///   percentage (writers scale them to the page), else fixed widths in
  ///   mm (a narrow table stays narrow; centred ones are warned as printed
  ///   flush left); rows wider than the grid add columns;
  /// - w:gridSpan → colspan; w:vMerge restart/continue → rowspan on the
  ///   restarting cell, continuing cells left out; w:hMerge merged into
  ///   colspan; w:gridBefore gaps filled with empty cells;
  /// - w:trHeight (twips) → min_height_mm; w:tblHeader → header;
  /// - w:shd with a fill other than white → shaded; w:vAlign (default
  ///   top); the cell's alignment is its paragraphs' when they agree;
  /// - borders: whether most cells show a border (w:tcBorders over the
  ///   table's w:tblBorders over its style's), mixed borders warned;
  /// - cell_padding_mm: the mean of w:tblCellMar's four sides (Word's
  ///   default 108 twips left and right, 0 above and below), as the model
  ///   pads all four sides alike;
  /// - a cell holding one line that is unmistakably a number ("12,000.00",
  ///   "7.5", "95%") gets it as CellValue (cell_number.h), for XLSX;
  /// - a nested table's cells become paragraphs of the outer cell (warned).
  std::optional<Table> read(const pugi::xml_node& tbl);

 private:
  Table frame(const pugi::xml_node& tbl, const TableProps& props, int cols);
  Cell read_cell(const pugi::xml_node& tc, const ResolvedStyle* style);
  std::vector<Paragraph> cell_paragraphs(const pugi::xml_node& tc, const ResolvedStyle* style);
  void append_content(const pugi::xml_node& container, const ResolvedStyle* style,
                      std::vector<Paragraph>& out);

  ReaderContext& ctx_;
  const PartContext& part_;
  ParagraphReader& paragraphs_;
};

}  // namespace formwork
