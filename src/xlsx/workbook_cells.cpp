#include "xlsx/workbook_cells.h"

#include <variant>

#include "model/table_grid.h"
#include "util/errors.h"
#include "xlsx/sheet_columns.h"
#include "xlsx/sheet_plan.h"

namespace formwork {
namespace {

/// Lays one worksheet's blocks out into `out`, the workbook's sheet `index`.
class SheetMapper {
 public:
  SheetMapper(WorkbookCells& book, size_t index, const SheetPlan& plan)
      : book_(book),
        index_(index),
        name_(plan.name),
        columns_(plan_columns(plan.blocks, planned_width_px(plan.page))) {
    sheet_.cols = static_cast<int>(columns_.widths.size());
  }

  void map(std::span<const Block> blocks) {
    for (const Block& b : blocks) {
      if (const auto* p = std::get_if<Paragraph>(&b)) {
        grow(1);
        if (!p->rule) slot(row_, 0).paragraph = p;
        ++row_;
      } else if (const auto* t = std::get_if<Table>(&b)) {
        table(*t);
      }
    }
  }

  SheetCells take() { return std::move(sheet_); }
  std::map<std::string, CellPos> take_anchors() { return std::move(anchors_); }

 private:
  void grow(int rows) {
    sheet_.rows = row_ + rows;
    sheet_.slots.resize(static_cast<size_t>(sheet_.rows) * static_cast<size_t>(sheet_.cols));
  }

  SheetCells::Slot& slot(int row, int col) {
    return sheet_.slots[static_cast<size_t>(row) * static_cast<size_t>(sheet_.cols) +
                        static_cast<size_t>(col)];
  }

  void table(const Table& t) {
    const TableGrid grid = resolve_grid(t);
    const std::vector<int>& starts = columns_.starts.at(tables_++);
    book_.grid_starts.emplace_back(starts.begin(), starts.end() - 1);
    grow(grid.rows);
    for (const PlacedCell& pc : grid.cells) {
      const int row = row_ + pc.row;
      const int col = starts[pc.col];
      SheetCells::Slot& s = slot(row, col);
      s.cell = pc.cell;
      if (!pc.cell->anchor.empty()) anchor(pc.cell->anchor, {row, col});
      if (pc.cell->value.formula_r1c1.empty()) continue;
      s.formula = static_cast<int>(book_.formulas.size());
      book_.formulas.push_back(
          {&pc.cell->value, index_, row, col, pc.col, &book_.grid_starts.back()});
    }
    row_ += grid.rows;
  }

  void anchor(const std::string& name, CellPos pos) {
    if (!anchors_.emplace(name, pos).second) {
      throw TemplateError("anchor \"" + name + "\" is defined twice on worksheet " +
                              std::to_string(index_ + 1) + " '" + name_ + "'",
                          SourceLoc{});
    }
  }

  WorkbookCells& book_;
  size_t index_;
  std::string name_;
  SheetColumns columns_;
  SheetCells sheet_;
  std::map<std::string, CellPos> anchors_;
  int row_ = 0;
  size_t tables_ = 0;
};

}  // namespace

WorkbookCells map_workbook(const Document& doc) {
  WorkbookCells book;
  for (const SheetPlan& plan : plan_sheets(doc)) {
    SheetMapper mapper(book, book.sheets.size(), plan);
    mapper.map(plan.blocks);
    book.refs.sheet_names.push_back(plan.name);
    book.refs.anchors.push_back(mapper.take_anchors());
    book.sheets.push_back(mapper.take());
  }
  return book;
}

}  // namespace formwork
