#include "xlsx/formula_check.h"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <utility>
#include <vector>

#include "util/errors.h"
#include "util/forbidden_chars.h"
#include "xlsx/cell_text.h"
#include "xlsx/formula_agreement.h"
#include "xlsx/formula_coerce.h"
#include "xlsx/formula_eval.h"
#include "xlsx/formula_functions.h"
#include "xlsx/formula_order.h"
#include "xlsx/formula_parser.h"
#include "xlsx/future_functions.h"
#include "xlsx/r1c1.h"
#include "xlsx/workbook_cells.h"

namespace formwork {
namespace {

constexpr size_t kMaxProblemLines = 100;  // per document; the rest are counted

/// A formula resolved to A1 and parsed.
struct Parsed {
  std::string a1;  ///< without '=' and _xlfn. prefixes
  FormulaNode tree;
};

/// Problems found, each tied to its formula so they print in workbook order.
class Problems {
 public:
  void add(size_t formula, std::string text) { lines_.emplace_back(formula, std::move(text)); }
  bool empty() const { return lines_.empty(); }

  /// Throws them as one TemplateError: a single problem as it is, several
  /// as a count and one indented line each.
  [[noreturn]] void raise() {
    std::stable_sort(lines_.begin(), lines_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    if (lines_.size() == 1) throw TemplateError(lines_[0].second, SourceLoc{});
    std::string msg = std::to_string(lines_.size()) + " XLSX formula problems:";
    for (size_t i = 0; i < lines_.size() && i < kMaxProblemLines; ++i)
      msg += "\n  " + lines_[i].second;
    if (lines_.size() > kMaxProblemLines) {
      msg += "\n  … and " + std::to_string(lines_.size() - kMaxProblemLines) + " more";
    }
    throw TemplateError(msg, SourceLoc{});
  }

 private:
  std::vector<std::pair<size_t, std::string>> lines_;
};

/// "汇总!D5: formula "SUM(R[-3]C:R[-1]C)"": how every problem line starts.
std::string where(const WorkbookCells& book, const FormulaSite& f) {
  return book.refs.sheet_names[f.sheet] + "!" + column_letters(f.col) + std::to_string(f.row + 1) +
         ": formula \"" + f.value->formula_r1c1 + "\"";
}

/// ", in A1 "SUM(B5:B7)",": the formula as the file holds it.
std::string in_a1(const std::string& a1) { return ", in A1 \"" + a1 + "\","; }

/// The nodes of a tree, parents before children (iterative: trees are
/// bounded by kMaxFormulaHeight, but this needs no recursion at all).
std::vector<const FormulaNode*> nodes_of(const FormulaNode& root) {
  std::vector<const FormulaNode*> out{&root};
  for (size_t i = 0; i < out.size(); ++i) {
    for (const FormulaNode& c : out[i]->children) out.push_back(&c);
  }
  return out;
}

/// The first call of an unknown function or with a wrong argument count.
std::optional<std::string> function_problem(const FormulaNode& root) {
  for (const FormulaNode* n : nodes_of(root)) {
    if (n->kind != FormulaNode::Kind::Call) continue;
    const FormulaFunction* fn = find_function(n->text);
    if (!fn) {
      return "function " + n->text + " is not one formwork can evaluate (" +
             supported_function_names() + ")";
    }
    const int given = static_cast<int>(n->children.size());
    if (given < fn->min_args || given > fn->max_args) {
      const std::string wanted =
          fn->min_args == fn->max_args
              ? std::to_string(fn->min_args)
              : std::to_string(fn->min_args) + " to " + std::to_string(fn->max_args);
      return n->text + " takes " + wanted + " argument" + (fn->max_args == 1 ? "" : "s") +
             ", not " + std::to_string(given);
    }
  }
  return std::nullopt;
}

/// Resolves and parses every formula; problems for those that fail.
std::vector<Parsed> parse_all(const WorkbookCells& book, Problems& problems) {
  std::vector<Parsed> out(book.formulas.size());
  for (size_t i = 0; i < book.formulas.size(); ++i) {
    const FormulaSite& f = book.formulas[i];
    try {
      out[i].a1 = r1c1_to_a1(resolve_workbook_refs(f.value->formula_r1c1, f.sheet, book.refs),
                             f.row, f.grid_col, *f.grid_starts);
      out[i].tree = parse_formula(out[i].a1);
    } catch (const FormulaSyntaxError& e) {
      problems.add(i, where(book, f) + in_a1(out[i].a1) + " does not parse: " + e.what());
      continue;
    } catch (const std::invalid_argument& e) {
      problems.add(i, where(book, f) + ": " + e.what());
      continue;
    }
    if (auto p = function_problem(out[i].tree)) problems.add(i, where(book, f) + ": " + *p);
  }
  return out;
}

/// Text as a cell holds it: an empty string is an empty cell.
Scalar text_or_blank(std::string text) {
  if (text.empty()) return Blank{};
  return text;
}

/// The workbook's cell values as formulas read them; formula cells give
/// their computed results (set as evaluation proceeds in dependency order).
class BookValues : public FormulaCells {
 public:
  explicit BookValues(const WorkbookCells& book) : book_(book), results_(book.formulas.size()) {
    for (size_t s = 0; s < book.refs.sheet_names.size(); ++s) {
      sheet_index_.emplace(book.refs.sheet_names[s], s);
      folded_index_.emplace(fold_case(book.refs.sheet_names[s]), s);
      written_.emplace_back(book.sheets[s].slots.size());
    }
  }

  const Scalar& value(size_t sheet, int row, int col) const override {
    const SheetCells::Slot* slot =
        sheet < book_.sheets.size() ? book_.sheets[sheet].at(row, col) : nullptr;
    if (!slot) return blank_value();
    if (slot->formula >= 0) {
      const auto& r = results_[static_cast<size_t>(slot->formula)];
      if (!r) throw std::logic_error("formula read before it was evaluated");
      return *r;
    }
    // Text is joined from paragraphs: once per cell, SUMIF ranges read it often.
    auto& cached = written_[sheet][static_cast<size_t>(slot - book_.sheets[sheet].slots.data())];
    if (!cached) cached = written_value(*slot);
    return *cached;
  }

  /// The worksheet named `name`, compared as Excel does (ignoring case).
  std::optional<size_t> sheet_named(std::string_view name) const override {
    if (const auto it = sheet_index_.find(std::string(name)); it != sheet_index_.end()) {
      return it->second;
    }
    const auto it = folded_index_.find(fold_case(name));
    if (it == folded_index_.end()) return std::nullopt;
    return it->second;
  }

  void set(size_t formula, Scalar v) { results_[formula] = std::move(v); }

 private:
  /// What a cell that holds no formula holds: a number, text or nothing.
  static Scalar written_value(const SheetCells::Slot& slot) {
    if (slot.paragraph) return text_or_blank(paragraph_row_text(*slot.paragraph));
    if (!slot.cell) return Blank{};
    if (slot.cell->value.number) return *slot.cell->value.number;
    return text_or_blank(cell_text(*slot.cell));
  }

  const WorkbookCells& book_;
  std::vector<std::optional<Scalar>> results_;
  mutable std::vector<std::vector<std::optional<Scalar>>> written_;  ///< per sheet, per slot
  std::unordered_map<std::string, size_t> sheet_index_;
  std::unordered_map<std::string, size_t> folded_index_;
};

/// The formulas whose cells `tree` (standing on worksheet `sheet`) refers
/// to, over-approximated: every reference counts, taken branch or not.
std::vector<size_t> formulas_read(const FormulaNode& tree, size_t sheet, const WorkbookCells& book,
                                  const BookValues& values) {
  std::vector<size_t> out;
  for (const FormulaNode* n : nodes_of(tree)) {
    if (n->kind != FormulaNode::Kind::Reference) continue;
    const auto target = n->sheet ? values.sheet_named(*n->sheet) : std::optional<size_t>(sheet);
    if (!target) continue;  // evaluates to #REF!
    const SheetCells& cells = book.sheets[*target];
    const int r1 = std::min(std::max(n->first.row, n->last.row), cells.rows - 1);
    const int c1 = std::min(std::max(n->first.col, n->last.col), cells.cols - 1);
    for (int r = std::min(n->first.row, n->last.row); r <= r1; ++r) {
      for (int c = std::min(n->first.col, n->last.col); c <= c1; ++c) {
        const int f = cells.at(r, c)->formula;
        if (f >= 0) out.push_back(static_cast<size_t>(f));
      }
    }
  }
  return out;
}

/// The value the template gave the cell, as a formula value.
Scalar template_value(const CellValue& v) {
  if (v.number) return *v.number;
  if (v.text) return clean_text(*v.text);
  return Blank{};
}

/// The problem with formula result `got` for cell value `v`, if any.
std::optional<std::string> result_problem(const CellValue& v, const Scalar& got) {
  if (agrees(v, got)) {
    if (!v.number && !v.text && std::holds_alternative<bool>(got)) {
      return "gives the logical value " + describe(got) +
             ", which cannot be cached; give the cell a value";
    }
    return std::nullopt;
  }
  if (!v.number && !v.text) return "gives " + describe(got);
  std::string msg =
      "gives " + describe(got) + ", but the template's value is " + describe(template_value(v));
  if (v.number && std::holds_alternative<Decimal>(got)) {
    msg += " (compared to " + std::to_string(compared_decimals(v.number_format)) + " decimals)";
  }
  return msg;
}

/// What the file caches for a formula whose result is `got`.
Scalar cached_value(const CellValue& v, const Scalar& got) {
  if (v.number || v.text) return template_value(v);
  return got;
}

}  // namespace

const CheckedFormula& CheckedFormulas::at(size_t sheet, int row, int col) const {
  const auto it = cells_.find({sheet, row, col});
  if (it == cells_.end()) {
    throw std::logic_error("no checked formula at worksheet " + std::to_string(sheet + 1) + " " +
                           column_letters(col) + std::to_string(row + 1));
  }
  return it->second;
}

void CheckedFormulas::add(size_t sheet, int row, int col, CheckedFormula f) {
  cells_.insert_or_assign({sheet, row, col}, std::move(f));
}

CheckedFormulas check_formulas(const Document& doc) {
  const WorkbookCells book = map_workbook(doc);
  CheckedFormulas out;
  if (book.formulas.empty()) return out;
  Problems problems;
  const std::vector<Parsed> parsed = parse_all(book, problems);
  if (!problems.empty()) problems.raise();

  BookValues values(book);
  std::vector<std::vector<size_t>> reads;
  reads.reserve(parsed.size());
  for (size_t i = 0; i < parsed.size(); ++i) {
    reads.push_back(formulas_read(parsed[i].tree, book.formulas[i].sheet, book, values));
  }
  const FormulaOrder order = order_formulas(reads);
  for (size_t i : order.cyclic) {
    problems.add(i, where(book, book.formulas[i]) + in_a1(parsed[i].a1) +
                        " is part of or depends on a circular reference");
  }
  if (!problems.empty()) problems.raise();

  for (size_t i : order.order) {
    const FormulaSite& f = book.formulas[i];
    const Scalar got = FormulaEvaluator(values, f.sheet).evaluate(parsed[i].tree);
    if (auto p = result_problem(*f.value, got)) {
      problems.add(i, where(book, f) + in_a1(parsed[i].a1) + " " + *p);
    }
    out.add(f.sheet, f.row, f.col,
            {"=" + add_future_prefixes(parsed[i].a1), cached_value(*f.value, got), f.value});
    values.set(i, got);
  }
  if (!problems.empty()) problems.raise();
  return out;
}

}  // namespace formwork
