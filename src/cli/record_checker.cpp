#include "cli/record_checker.h"

namespace formwork {

RecordChecker::RecordChecker(const Template& tpl) {
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
  // Checks read fields the schema guarantees; on a structurally broken
  // record they would only repeat its violations in a noisier way.
  if (!out.empty()) return out;
  for (const CheckFailure& f : run_checks(checks_, record)) {
    out.push_back(f.field + ": " + f.message);
  }
  return out;
}

}  // namespace formwork
