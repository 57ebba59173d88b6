#pragma once
// The criteria of SUMIF and COUNTIF (ECMA-376 Part 1 §18.17.7.314 SUMIF,
// §18.17.7.54 COUNTIF): "小计", "<>信息宣传", ">=60", 5.
#include <string>

#include "xlsx/formula_value.h"

namespace formwork {

/// A parsed criterion: a comparison operator and what to compare with.
class FormulaCriterion {
 public:
  /// Reads `criterion`: a number or logical matches equal values; text may
  /// start with =, <>, <, <=, > or >= (default =); the rest is a number
  /// when it reads as one (compared with numbers only), else text compared
  /// case-insensitively, with the wildcards * (any run), ? (one character)
  /// and ~ (escape) for = and <>. "" and "=" match empty cells ("" also
  /// empty text); "<>" matches every cell that is not empty.
  explicit FormulaCriterion(const Scalar& criterion);

  /// Whether the cell value `v` meets the criterion.
  bool matches(const Scalar& v) const;

 private:
  enum class Op { Eq, Ne, Lt, Le, Gt, Ge };
  bool equal(const Scalar& v) const;
  bool ordered(const Scalar& v) const;

  Op op_ = Op::Eq;
  Scalar operand_;
  bool blank_only_ = false;  ///< "=": only truly empty cells
  std::u32string pattern_;   ///< folded text operand, for wildcard matching
};

}  // namespace formwork
