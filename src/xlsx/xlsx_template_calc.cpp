#include "xlsx/xlsx_template_calc.h"

#include <map>
#include <optional>

#include "ooxml/xml_read.h"
#include "util/errors.h"
#include "util/forbidden_chars.h"
#include "util/utf8.h"
#include "xlsx/formula_eval.h"
#include "xlsx/formula_order.h"
#include "xlsx/formula_parser.h"
#include "xlsx/r1c1.h"
#include "xlsx/sheet_ref.h"

namespace formwork {

namespace {

using ooxml::attr_value;
using Pos = std::pair<int, int>;  // 0-based row, col

struct FormulaCell {
  size_t sheet = 0;
  Pos pos;
  pugi::xml_node c;
  FormulaNode tree;
};

class WorkbookValues : public FormulaCells {
 public:
  explicit WorkbookValues(const std::vector<CalcSheet>& sheets)
      : sheets_(sheets), cells_(sheets.size()) {}

  const Scalar& value(size_t sheet, int row, int col) const override {
    const auto& m = cells_[sheet];
    auto it = m.find({row, col});
    return it == m.end() ? blank_value() : it->second;
  }
  std::optional<size_t> sheet_named(std::string_view name) const override {
    const std::string wanted = ascii_lower(name);
    for (size_t i = 0; i < sheets_.size(); ++i) {
      if (ascii_lower(sheets_[i].name) == wanted) return i;
    }
    return std::nullopt;
  }
  void set(size_t sheet, Pos p, Scalar v) { cells_[sheet][p] = std::move(v); }

 private:
  const std::vector<CalcSheet>& sheets_;
  std::vector<std::map<Pos, Scalar>> cells_;
};

// The value a non-formula cell holds (§18.18.11 ST_CellType).
Scalar stored_value(pugi::xml_node c, const std::vector<std::string>& shared) {
  std::string_view type = attr_value(c, "t");
  const char* v = ooxml::child(c, "v").text().get();
  if (type == "inlineStr") {
    std::string text;
    pugi::xml_node is = ooxml::child(c, "is");
    for (pugi::xml_node n : is.children()) {
      if (ooxml::is(n, "t")) text += n.text().get();
      if (ooxml::is(n, "r")) text += ooxml::child(n, "t").text().get();
    }
    return text;
  }
  if (!ooxml::child(c, "v")) return Blank{};
  if (type == "s") {
    const auto i = static_cast<size_t>(ooxml::child(c, "v").text().as_ullong());
    return i < shared.size() ? Scalar(shared[i]) : Scalar(Blank{});
  }
  if (type == "str") return std::string(v);
  if (type == "b") return std::string_view(v) == "1" || std::string_view(v) == "true";
  if (type == "e") {
    if (auto e = parse_error_name(v)) return *e;
    return FormulaError::Value;
  }
  if (auto d = Decimal::parse(v)) return *d;
  return std::string(v);
}

std::string label(const std::vector<CalcSheet>& sheets, const FormulaCell& f) {
  return sheets[f.sheet].name + "!" + column_letters(f.pos.second) +
         std::to_string(f.pos.first + 1);
}

void set_type(pugi::xml_node c, const char* type) {
  pugi::xml_attribute t = c.attribute("t");
  if (!t) t = c.append_attribute("t");
  t = type;
}

// Writes `v` as the cached value of formula cell `c` (after its <f>).
void write_cached(pugi::xml_node c, const Scalar& v) {
  c.remove_attribute("t");
  while (pugi::xml_node old = ooxml::child(c, "v")) c.remove_child(old);
  pugi::xml_node out = c.insert_child_after("v", ooxml::child(c, "f"));
  if (const Decimal* d = std::get_if<Decimal>(&v)) {
    out.text().set(d->to_string().c_str());
  } else if (const std::string* s = std::get_if<std::string>(&v)) {
    set_type(c, "str");
    out.text().set(clean_text(*s).c_str());
  } else if (const bool* b = std::get_if<bool>(&v)) {
    set_type(c, "b");
    out.text().set(*b ? "1" : "0");
  } else if (const FormulaError* e = std::get_if<FormulaError>(&v)) {
    set_type(c, "e");
    out.text().set(std::string(error_name(*e)).c_str());
  } else {
    out.text().set("0");
  }
}

class Calculation {
 public:
  Calculation(const std::vector<CalcSheet>& sheets, const std::vector<std::string>& shared,
              const std::string& path)
      : sheets_(sheets), shared_(shared), path_(path), values_(sheets), at_(sheets.size()) {}

  void run() {
    read_cells();
    std::vector<std::vector<size_t>> reads(formulas_.size());
    for (size_t i = 0; i < formulas_.size(); ++i) reads[i] = reads_of(formulas_[i]);
    FormulaOrder order = order_formulas(reads);
    if (!order.cyclic.empty()) circular(order.cyclic);
    for (size_t i : order.order) {
      FormulaCell& f = formulas_[i];
      FormulaEvaluator ev(values_, f.sheet);
      Scalar v = ev.evaluate(f.tree);
      write_cached(f.c, v);
      values_.set(f.sheet, f.pos, std::move(v));
    }
  }

 private:
  void read_cells() {
    for (size_t s = 0; s < sheets_.size(); ++s) {
      for (pugi::xml_node row : sheets_[s].sheet_data.children()) {
        const int r = row.attribute("r").as_int() - 1;
        for (pugi::xml_node c : row.children()) {
          std::optional<A1Cell> at = parse_a1_cell(attr_value(c, "r"));
          if (!at) continue;
          const Pos pos{r, at->col};
          if (pugi::xml_node f = ooxml::child(c, "f")) {
            add_formula(s, pos, c, f.text().get());
          } else {
            values_.set(s, pos, stored_value(c, shared_));
          }
        }
      }
    }
  }

  void add_formula(size_t sheet, Pos pos, pugi::xml_node c, const std::string& text) {
    FormulaCell f{sheet, pos, c, {}};
    try {
      f.tree = parse_formula(text);
    } catch (const FormulaSyntaxError& e) {
      throw TemplateError(
          label(sheets_, f) + ": filled formula =" + text + " does not parse: " + e.what(),
          SourceLoc{path_, 0, 0});
    }
    at_[sheet][pos] = formulas_.size();
    formulas_.push_back(std::move(f));
  }

  // The formula cells formula `f` reads through its references.
  std::vector<size_t> reads_of(const FormulaCell& f) const {
    std::vector<size_t> out;
    std::vector<const FormulaNode*> nodes{&f.tree};
    for (size_t i = 0; i < nodes.size(); ++i) {
      for (const FormulaNode& c : nodes[i]->children) nodes.push_back(&c);
      const FormulaNode& n = *nodes[i];
      if (n.kind != FormulaNode::Kind::Reference) continue;
      std::optional<size_t> sheet = n.sheet ? values_.sheet_named(*n.sheet) : f.sheet;
      if (!sheet) continue;
      const int r0 = std::min(n.first.row, n.last.row), r1 = std::max(n.first.row, n.last.row);
      const int c0 = std::min(n.first.col, n.last.col), c1 = std::max(n.first.col, n.last.col);
      const auto& at = at_[*sheet];
      for (auto it = at.lower_bound({r0, c0}); it != at.end() && it->first.first <= r1; ++it) {
        if (it->first.second >= c0 && it->first.second <= c1) out.push_back(it->second);
      }
    }
    return out;
  }

  [[noreturn]] void circular(const std::vector<size_t>& cyclic) const {
    std::string cells;
    for (size_t k = 0; k < cyclic.size() && k < 10; ++k) {
      cells += (k ? ", " : "") + label(sheets_, formulas_[cyclic[k]]);
    }
    if (cyclic.size() > 10) cells += " and " + std::to_string(cyclic.size() - 10) + " more";
    throw TemplateError("circular reference among the formulas of the filled workbook: " + cells,
                        SourceLoc{path_, 0, 0});
  }

  const std::vector<CalcSheet>& sheets_;
  const std::vector<std::string>& shared_;
  const std::string& path_;
  WorkbookValues values_;
  std::vector<FormulaCell> formulas_;
  std::vector<std::map<Pos, size_t>> at_;  // by sheet: formula index by position
};

}  // namespace

void cache_formula_values(const std::vector<CalcSheet>& sheets,
                          const std::vector<std::string>& shared_strings, const std::string& path) {
  Calculation(sheets, shared_strings, path).run();
}

}  // namespace formwork
