#pragma once
// Support for the issue-4 form tests (forms_a_*_test.cpp): the real
// templates, samples and checks files of the checkout, records edited in
// memory, cells found by their anchor, and the checks evaluated directly
// with the expression language (test_template does not link fw_validate,
// so the rules are run here the way validate/checks.cpp runs them: a rule
// fails when it is falsy or cannot be evaluated).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "expr/expression.h"
#include "template_test_util.h"

namespace formwork::test::forms_a {

using Json = nlohmann::ordered_json;

/// Path of a file of the checkout, e.g. source("templates/appraisal.xml").
inline std::string source(const std::string& relative) {
  return std::string(FORMWORK_SOURCE_DIR) + "/" + relative;
}

/// The JSON file at `relative` in the checkout.
inline Json read_json(const std::string& relative) {
  std::ifstream in(source(relative));
  if (!in) ADD_FAILURE() << "cannot read " << relative;
  std::stringstream s;
  s << in.rdbuf();
  return Json::parse(s.str());
}

/// Record `index` of a sample file (an array of records).
inline Json sample(const std::string& relative, size_t index = 0) {
  return read_json(relative).at(index);
}

/// Every cell with a non-empty anchor in the document, by anchor. Anchors
/// are unique within a section, and these forms have one section.
inline std::map<std::string, Cell> anchored_cells(const Document& doc) {
  std::map<std::string, Cell> out;
  for (const Block& b : doc.blocks) {
    if (!std::holds_alternative<Table>(b)) continue;
    for (const Row& r : std::get<Table>(b).rows)
      for (const Cell& c : r.cells)
        if (!c.anchor.empty()) out[c.anchor] = c;
  }
  return out;
}

/// A rendered form: its document and its anchored cells.
struct Rendered {
  Document doc;
  std::map<std::string, Cell> cells;

  /// The anchored cell (fails the test when there is none).
  const Cell& cell(const std::string& anchor) const {
    static const Cell none;
    auto it = cells.find(anchor);
    if (it == cells.end()) {
      ADD_FAILURE() << "no cell anchored '" << anchor << "'";
      return none;
    }
    return it->second;
  }
  /// The typed number of an anchored cell as exact decimal text ("96.8"),
  /// or "(none)".
  std::string number(const std::string& anchor) const {
    const Cell& c = cell(anchor);
    return c.value.number ? c.value.number->to_string() : "(none)";
  }
  /// The shown text of an anchored cell.
  std::string text(const std::string& anchor) const { return cell_text(cell(anchor)); }
  /// The R1C1 formula of an anchored cell.
  std::string formula(const std::string& anchor) const { return cell(anchor).value.formula_r1c1; }
};

/// The 三级指标 object named `name` in a 项目支出绩效自评表 record (fails when
/// absent).
inline Json& indicator(Json& record, const std::string& name) {
  for (Json& a : record["绩效指标"])
    for (Json& g : a["二级指标"])
      for (Json& x : g["三级指标"])
        if (x["名称"] == name) return x;
  ADD_FAILURE() << "no indicator " << name;
  static Json none;
  return none;
}

/// Renders `record` through the checkout's templates/<name>.xml.
inline Rendered render_form(const std::string& name, const Json& record) {
  Template t = Template::load(source("templates/" + name + ".xml"));
  Document d = t.render(to_value(record));
  auto cells = anchored_cells(d);
  return Rendered{std::move(d), std::move(cells)};
}

/// The `field` of every rule in schemas/<name>.checks.json that `record`
/// fails, with the rule's message, e.g. {"绩效指标: weights … sum to 100"}.
inline std::vector<std::string> failed_checks(const std::string& name, const Json& record) {
  Json checks = read_json("schemas/" + name + ".checks.json");
  Value rec = to_value(record);
  Scope scope(rec);
  std::vector<std::string> out;
  for (const Json& c : checks) {
    const std::string rule = c.at("rule").get<std::string>();
    bool ok = false;
    try {
      ok = Expression::parse(rule, SourceLoc{}).eval(scope).truthy();
    } catch (const TemplateError&) {
      ok = false;
    }
    if (!ok)
      out.push_back(c.at("field").get<std::string>() + ": " + c.at("message").get<std::string>());
  }
  return out;
}

/// The value the left side of the first failing comparison rule gives, e.g.
/// the indicator names a concat(…) == '' rule lists; "" when all pass.
inline std::string failing_left_side(const std::string& name, const Json& record) {
  Json checks = read_json("schemas/" + name + ".checks.json");
  Value rec = to_value(record);
  Scope scope(rec);
  for (const Json& c : checks) {
    Expression e = Expression::parse(c.at("rule").get<std::string>(), SourceLoc{});
    if (e.eval(scope).truthy()) continue;
    Value left, right;
    if (e.eval_comparison_sides(scope, left, right)) return left.to_text();
  }
  return "";
}

}  // namespace formwork::test::forms_a
