#include "cli/record_checker.h"

#include "model/forbidden_text.h"
#include "xlsx/xlsx_limits.h"

namespace formwork {

RecordChecker::RecordChecker(const Template& tpl, bool xlsx_limits) : xlsx_limits_(xlsx_limits) {
  if (!tpl.schema_path().empty()) schema_.emplace(Schema::load(tpl.schema_path()));
  if (!tpl.checks_path().empty()) checks_ = load_checks(tpl.checks_path());
}

std::vector<std::string> RecordChecker::problems(const Value& record) const {
  std::vector<std::string> out;
  if (schema_) {
    for (const Violation& v : schema_->validate(record)) {
      out.push_back((v.pointer.empty() ? "/" : v.pointer) + ": " + v.message);
    }
  }
  for (std::string& p : forbidden_char_problems(record)) out.push_back(std::move(p));
  if (xlsx_limits_) {
    for (std::string& p : xlsx_data_problems(record)) out.push_back(std::move(p));
  }
  // Checks read fields the schema guarantees; on a structurally broken
  // record they would only repeat its violations in a noisier way.
  if (!out.empty()) return out;
  for (const CheckFailure& f : run_checks(checks_, record)) {
    out.push_back(f.field + ": " + f.message);
  }
  return out;
}

}  // namespace formwork
