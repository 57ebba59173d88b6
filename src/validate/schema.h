#pragma once
// JSON Schema (draft-07) validation through valijson, plus the decimal-places
// rule for money that multipleOf cannot express exactly.
#include <memory>
#include <string>
#include <vector>

#include "model/value.h"

namespace formwork {

/// One violation: the JSON pointer of the offending value ("/费用/0/金额",
/// "" for the root) and a message.
struct Violation {
  std::string pointer;
  std::string message;
};

/// A loaded schema. Besides the draft-07 keywords, a number schema may carry
/// "x-decimals": N — the number's text must have at most N decimals (checked
/// on the exact Decimal, unlike multipleOf: 0.01 which valijson evaluates on
/// doubles and gets wrong for amounts such as 265675.22).
class Schema {
 public:
  /// Loads a schema file. Throws IoError (unreadable) or TemplateError
  /// (not JSON or not a valid schema) naming the file.
  static Schema load(const std::string& path);
  /// Every violation of `record`, all at once, sorted by pointer; empty when
  /// valid.
  std::vector<Violation> validate(const Value& record) const;
  /// The pointer as a message shows it: rows counted from 1 and the
  /// field's schema title (pointer_label). Throws nothing.
  std::string label(const std::string& pointer) const;
  ~Schema();
  Schema(Schema&&) noexcept;
  Schema& operator=(Schema&&) noexcept;

 private:
  Schema();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace formwork
