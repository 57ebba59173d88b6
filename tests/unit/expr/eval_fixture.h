#pragma once
// A fixture evaluating expressions against one record, for the tests of
// functions and filters. Expressions are placed at `loc` (t.xml:7:10 unless
// given), so an error at byte 0 of the source has that column.
#include <gtest/gtest.h>

#include <string>

#include "expr/expression.h"
#include "model/value.h"

namespace formwork::testing {

class EvalFixture : public ::testing::Test {
 protected:
  explicit EvalFixture(Value record, SourceLoc loc = SourceLoc{"t.xml", 7, 10})
      : record_(std::move(record)), scope_(record_), loc_(std::move(loc)) {}

  Value eval(const std::string& src) const { return Expression::parse(src, loc_).eval(scope_); }
  std::string text(const std::string& src) const { return eval(src).to_text(); }
  const Scope& scope() const { return scope_; }
  /// The TemplateError that parsing or evaluating `src` raises.
  TemplateError error(const std::string& src) const {
    try {
      eval(src);
    } catch (const TemplateError& e) {
      return e;
    }
    ADD_FAILURE() << "no error for: " << src;
    return TemplateError("none", {});
  }

 private:
  Value record_;
  Scope scope_;
  SourceLoc loc_;
};

}  // namespace formwork::testing
