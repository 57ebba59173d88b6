#include "expr/round_parts.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>

namespace formwork {

namespace {

/// 10^exponent as a Decimal (exponent −30..30).
Decimal power_of_ten(int exponent) { return *Decimal::parse("1e" + std::to_string(exponent)); }

}  // namespace

std::vector<Decimal> round_parts(std::span<const Decimal> parts, int places) {
  if (places < -30 || places > 30)
    throw std::invalid_argument("places must be a whole number from -30 to 30");
  const Decimal unit = power_of_ten(-places);
  std::vector<Decimal> rounded;
  std::vector<Decimal> error;  // part − its plain rounding, within ±unit/2
  rounded.reserve(parts.size());
  error.reserve(parts.size());
  Decimal sum, rounded_sum;
  for (const Decimal& x : parts) {
    rounded.push_back(x.round(places));
    error.push_back(x - rounded.back());
    sum = sum + x;
    rounded_sum = rounded_sum + rounded.back();
  }
  // Units missing (> 0) or in excess (< 0); exact, since both sides are on
  // the grid of `unit`.
  const long long shortfall = (sum.round(places) - rounded_sum).divide(unit, 0).to_int64();
  if (shortfall == 0) return rounded;
  const int direction = shortfall > 0 ? 1 : -1;
  // Moving a part in `direction` is "away from zero" when it has that sign.
  auto away = [&](size_t i) { return parts[i].sign() == direction; };
  std::vector<size_t> order(parts.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    // The part plain rounding treated worst in `direction` comes first.
    Decimal ea = direction > 0 ? error[a] : -error[a];
    Decimal eb = direction > 0 ? error[b] : -error[b];
    if (ea != eb) return ea > eb;
    // Equal remainders: moves away from zero first, earliest first; moves
    // toward zero last, latest first, so earlier parts keep the larger size.
    if (away(a) != away(b)) return away(a);
    return away(a) ? a < b : a > b;
  });
  const Decimal step = direction > 0 ? unit : -unit;
  const auto count = static_cast<size_t>(shortfall > 0 ? shortfall : -shortfall);
  for (size_t k = 0; k < count && k < order.size(); ++k) {
    rounded[order[k]] = rounded[order[k]] + step;
  }
  return rounded;
}

}  // namespace formwork
