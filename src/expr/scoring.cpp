#include "expr/scoring.h"

#include <stdexcept>

namespace formwork {

namespace {

void check_inputs(const Decimal& target, const Decimal& points) {
  if (target.sign() < 0) throw std::invalid_argument("target must not be negative");
  if (points.sign() < 0) throw std::invalid_argument("points must not be negative");
}

}  // namespace

Decimal score_positive(const Decimal& actual, const Decimal& target, const Decimal& points) {
  check_inputs(target, points);
  if (actual >= target) return points;
  if (actual.sign() <= 0) return Decimal(0);  // also covers target 0 with actual < 0
  // Multiply before dividing so the only rounding is the final quotient's.
  return (actual * points).divide(target, 18);
}

Decimal score_reverse(const Decimal& actual, const Decimal& target, const Decimal& points) {
  check_inputs(target, points);
  if (actual <= target) return points;
  const Decimal twice = target + target;
  if (actual >= twice) return Decimal(0);  // also covers target 0 with actual > 0
  // (1 − (a − t)/t) × p = (2t − a) × p / t
  return ((twice - actual) * points).divide(target, 18);
}

std::string grade4(const Decimal& score) {
  if (score >= Decimal(90)) return "优";
  if (score >= Decimal(80)) return "良";
  if (score >= Decimal(60)) return "中";
  return "差";
}

}  // namespace formwork
