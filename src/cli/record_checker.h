#pragma once
// Validation of one record against a template's schema and checks.
#include <optional>
#include <string>
#include <vector>

#include "model/value.h"
#include "template/template.h"
#include "validate/checks.h"
#include "validate/schema.h"

namespace formwork {

/// The schema and checks a template names, loaded once for a whole batch.
class RecordChecker {
 public:
  /// Loads the template's schema and checks files (if it names them).
  /// `xlsx_limits`: the records are rendered to XLSX, so values an XLSX
  /// cell cannot hold are problems too (xlsx_data_problems). Throws
  /// IoError / TemplateError as Schema::load and load_checks do.
  explicit RecordChecker(const Template& tpl, bool xlsx_limits = true);
  /// Every problem of `record`: schema violations as "/pointer: message",
  /// characters no output may carry (forbidden_char_problems) and values
  /// beyond XLSX's limits, all at once; when there are none, every failing
  /// check as "field: message naming both values". Empty when the record
  /// is valid.
  std::vector<std::string> problems(const Value& record) const;

  /// What `formwork render` would stop at for a record without problems():
  /// the template evaluated on it (Template::render) and every XLSX
  /// formula checked against its cached value (check_formulas), nothing
  /// written. Each failure is one message naming the template place
  /// ("template bao-cao.xml:89:179: division by zero"). Empty when render
  /// would write the record's files. `validate` runs it so that what it
  /// accepts, render renders.
  std::vector<std::string> render_problems(const Template& tpl, const Value& record) const;

  /// The failing checks of level "warning" ("level": "warning" in the
  /// checks file), as "field: message naming both values"; run on a record
  /// without problems(). The record is still valid: callers print them, and
  /// `render --strict` refuses the record for them.
  std::vector<std::string> warnings(const Value& record) const;

 private:
  /// "field: message", the field named by the schema's title when it is a
  /// JSON pointer.
  std::vector<std::string> failure_lines(const std::vector<Check>& checks,
                                         const Value& record) const;

  bool xlsx_limits_;
  std::optional<Schema> schema_;
  std::vector<Check> checks_;          ///< level "error"
  std::vector<Check> warning_checks_;  ///< level "warning"
};

}  // namespace formwork
