#pragma once
// Helpers for the issue 4 form tests (部门整体支出绩效自评表, 社区综合考核): the real
// templates and samples of the checkout, records edited as JSON, and lookups of
// tables and cells in a rendered Document.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "model/table_grid.h"
#include "template_test_util.h"

namespace formwork::test {

/// The JSON of samples/<file> in the checkout (member order kept).
inline nlohmann::ordered_json sample_json(const std::string& file) {
  std::ifstream in(std::string(FORMWORK_SOURCE_DIR) + "/samples/" + file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::ordered_json::parse(text.str());
}

/// templates/<name>.xml of the checkout.
inline Template checkout_template(const std::string& name) {
  return Template::load(std::string(FORMWORK_SOURCE_DIR) + "/templates/" + name + ".xml");
}

/// An exact number from its text.
inline Decimal dec(const std::string& text) { return *Decimal::parse(text); }

/// The document's blocks split at its SectionBreaks: part 0 is what comes
/// before the first break, part k what follows break k.
inline std::vector<std::vector<const Block*>> parts_of(const Document& d) {
  std::vector<std::vector<const Block*>> parts(1);
  for (const Block& b : d.blocks) {
    if (std::holds_alternative<SectionBreak>(b)) {
      parts.emplace_back();
    } else {
      parts.back().push_back(&b);
    }
  }
  return parts;
}

/// The tables among `blocks`, in order.
inline std::vector<const Table*> tables_in(const std::vector<const Block*>& blocks) {
  std::vector<const Table*> out;
  for (const Block* b : blocks) {
    if (const Table* t = std::get_if<Table>(b)) out.push_back(t);
  }
  return out;
}

/// The first table whose first cell reads `first_cell` (fails the test if none).
inline const Table& table_starting(const std::vector<const Table*>& tables,
                                   const std::string& first_cell) {
  for (const Table* t : tables) {
    if (!t->rows.empty() && !t->rows[0].cells.empty() &&
        cell_text(t->rows[0].cells[0]) == first_cell) {
      return *t;
    }
  }
  ADD_FAILURE() << "no table starts with " << first_cell;
  static const Table none;
  return none;
}

/// The cell anchored `name` among `tables` (fails the test if none).
inline const Cell& anchored(const std::vector<const Table*>& tables, const std::string& name) {
  for (const Table* t : tables) {
    for (const Row& r : t->rows) {
      for (const Cell& c : r.cells) {
        if (c.anchor == name) return c;
      }
    }
  }
  ADD_FAILURE() << "no cell anchored " << name;
  static const Cell none;
  return none;
}

/// The number a cell holds (fails the test when it holds none).
inline Decimal number_of(const Cell& c) {
  if (!c.value.number) {
    ADD_FAILURE() << "cell '" << cell_text(c) << "' holds no number";
    return Decimal();
  }
  return *c.value.number;
}

/// The first row of `t` whose first cell reads `first_cell` (fails the test if none).
inline const Row& row_starting(const Table& t, const std::string& first_cell) {
  for (const Row& r : t.rows) {
    if (!r.cells.empty() && cell_text(r.cells[0]) == first_cell) return r;
  }
  ADD_FAILURE() << "no row starts with " << first_cell;
  static const Row none;
  return none;
}

/// A merged cell as the grid places it: its text, first grid row and rows spanned.
struct Span {
  std::string text;
  int row = 0;
  int rowspan = 1;
  bool operator==(const Span&) const = default;
};

inline std::ostream& operator<<(std::ostream& os, const Span& s) {
  return os << "{" << s.text << " @" << s.row << " ×" << s.rowspan << "}";
}

/// The cells whose top-left corner lies in grid column `col` of `t`, from
/// grid row `from` on (row order), with their rowspans as placed.
inline std::vector<Span> spans_in_column(const Table& t, int col, int from = 0) {
  std::vector<Span> out;
  for (const PlacedCell& p : resolve_grid(t).cells) {
    if (p.col == col && p.row >= from) out.push_back({cell_text(*p.cell), p.row, p.rowspan});
  }
  return out;
}

/// The cells covering each grid column of grid row `row` of `t` (a merged
/// cell from above appears in every row it covers; nullptr for a hole).
inline std::vector<const Cell*> grid_row(const Table& t, int row) {
  const TableGrid g = resolve_grid(t);
  std::vector<const Cell*> out;
  for (int owner : g.owner.at(static_cast<size_t>(row))) {
    out.push_back(owner < 0 ? nullptr : g.cells[static_cast<size_t>(owner)].cell);
  }
  return out;
}

}  // namespace formwork::test
