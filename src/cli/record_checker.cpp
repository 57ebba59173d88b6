#include "cli/record_checker.h"

#include <exception>

#include "data/mojibake.h"
#include "model/forbidden_text.h"
#include "util/errors.h"
#include "xlsx/formula_check.h"
#include "xlsx/xlsx_limits.h"

namespace formwork {

RecordChecker::RecordChecker(const Template& tpl, bool xlsx_limits) : xlsx_limits_(xlsx_limits) {
  if (!tpl.schema_path().empty()) schema_.emplace(Schema::load(tpl.schema_path()));
  if (tpl.checks_path().empty()) return;
  for (Check& check : load_checks(tpl.checks_path()))
    (check.warning ? warning_checks_ : checks_).push_back(std::move(check));
}

std::vector<std::string> RecordChecker::failure_lines(const std::vector<Check>& checks,
                                                      const Value& record) const {
  std::vector<std::string> out;
  for (const CheckFailure& f : run_checks(checks, record)) {
    const bool pointer = schema_ && !f.field.empty() && f.field[0] == '/';
    out.push_back((pointer ? schema_->label(f.field) : f.field) + ": " + f.message);
  }
  return out;
}

std::vector<std::string> RecordChecker::warnings(const Value& record) const {
  return failure_lines(warning_checks_, record);
}

std::vector<std::string> RecordChecker::problems(const Value& record) const {
  std::vector<std::string> out;
  if (schema_) {
    for (const Violation& v : schema_->validate(record)) {
      out.push_back(schema_->label(v.pointer) + ": " + v.message);
    }
  }
  for (std::string& p : forbidden_char_problems(record)) out.push_back(std::move(p));
  for (std::string& p : mojibake_problems(record)) out.push_back(std::move(p));
  if (xlsx_limits_) {
    for (std::string& p : xlsx_data_problems(record)) out.push_back(std::move(p));
  }
  // Checks read fields the schema guarantees; on a structurally broken
  // record they would only repeat its violations in a noisier way.
  if (!out.empty()) return out;
  return failure_lines(checks_, record);
}

std::vector<std::string> RecordChecker::render_problems(const Template& tpl,
                                                        const Value& record) const {
  try {
    const Document doc = tpl.render(record);
    if (xlsx_limits_) check_formulas(doc);
    return {};
  } catch (const TemplateError& e) {
    return {std::string("template error with this record's data: ") + e.what()};
  } catch (const DataError& e) {
    std::vector<std::string> out{e.what()};
    out.insert(out.end(), e.details.begin(), e.details.end());
    return out;
  } catch (const std::exception& e) {
    return {std::string("cannot be rendered: ") + e.what()};
  }
}

}  // namespace formwork
