#pragma once
// A fixture evaluating expressions against one record, for the tests of
// functions and filters. Expressions are placed at t.xml:7:10, so an error
// at byte 0 of the source has column 10.
#include <gtest/gtest.h>

#include <string>

#include "expr/expression.h"
#include "model/value.h"

namespace formwork::testing {

class EvalFixture : public ::testing::Test {
 protected:
  explicit EvalFixture(Value record) : record_(std::move(record)), scope_(record_) {}

  Value eval(const std::string& src) const {
    return Expression::parse(src, SourceLoc{"t.xml", 7, 10}).eval(scope_);
  }
  std::string text(const std::string& src) const { return eval(src).to_text(); }
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
};

}  // namespace formwork::testing
