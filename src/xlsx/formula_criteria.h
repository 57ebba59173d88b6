#pragma once
// The criteria of SUMIF and COUNTIF (ECMA-376 Part 1 §18.17.7): "小计",
// "<>信息宣传", ">=60", 5.
#include <string>

#include "xlsx/formula_parser.h"
#include "xlsx/formula_value.h"

namespace formwork {

/// A parsed criterion: a comparison operator and what to compare with.
class FormulaCriterion {
 public:
  /// Reads `criterion`: a number or logical matches equal values of its
  /// type; text may start with =, <>, <, <=, > or >= (default =); with =
  /// and <> the rest matches text cells case-insensitively, with the
  /// wildcards * (any run), ? (one character) and ~ (escape), and also
  /// numbers (logicals) equal to it when it reads as one ("1" matches 1 and
  /// "1"; "TRUE" matches TRUE and "true"); <, <=, >, >= compare numbers
  /// with a number and text with text. "" and "=" match empty cells (""
  /// also empty text); "<>" matches every cell that is not empty; an empty
  /// criterion cell reads as 0, as in Excel and LibreOffice.
  explicit FormulaCriterion(const Scalar& criterion);

  /// Whether the cell value `v` meets the criterion.
  bool matches(const Scalar& v) const;

 private:
  bool equal(const Scalar& v) const;
  bool ordered(const Scalar& v) const;

  BinaryOp op_ = BinaryOp::Eq;
  Scalar operand_;
  bool blank_only_ = false;  ///< "=": only truly empty cells
  std::string folded_;       ///< folded text of a text criterion
  std::u32string pattern_;   ///< the same as code points, when it has wildcards
  bool wildcards_ = false;   ///< whether folded_ holds *, ? or ~
};

}  // namespace formwork
