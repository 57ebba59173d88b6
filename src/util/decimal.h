#pragma once
// Exact decimal numbers for money, scores and ratios. Amounts are never held
// in binary floating point: a JSON number's text is parsed digit by digit.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace formwork {

/// A decimal number mantissa × 10^-scale with a 128-bit signed mantissa and
/// 0 ≤ scale ≤ 30. Values up to ±10^20 with 18 decimals are exact.
/// Arithmetic throws std::overflow_error when a result does not fit (a
/// product with more than 30 decimals is rounded to 30, see operator*) and
/// std::domain_error on division by zero. Rounding is always half away from
/// zero (the rule of 会计 practice and of Excel's ROUND).
class Decimal {
 public:
  Decimal() = default;
  Decimal(long long v);  // NOLINT: implicit from integers is intended

  /// Parses JSON number text ("-12", "265675.22", "1.5e3", "0.10").
  /// Keeps the scale written (0.10 has scale 2). Returns nullopt on bad text.
  static std::optional<Decimal> parse(std::string_view text);

  /// Shortest plain text without exponent, trailing zeros after the point
  /// removed ("0.3", "190000", "-1.25").
  std::string to_string() const;
  /// Rounded (half away from zero) to `places` ≥ 0 decimals, exactly that
  /// many digits after the point, no grouping: to_fixed(2) of 1.005 = "1.01".
  std::string to_fixed(int places) const;
  /// Rounds half away from zero to `places` decimals (places may be
  /// negative: round(-2) rounds to hundreds).
  Decimal round(int places) const;

  Decimal operator-() const;
  Decimal operator+(const Decimal& o) const;
  Decimal operator-(const Decimal& o) const;
  /// Exact product; only when it has more than 30 decimals (two quotients
  /// of 18 decimals multiplied) it is rounded half away from zero to 30,
  /// far below any amount or ratio a form shows. Throws
  /// std::overflow_error when the product does not fit.
  Decimal operator*(const Decimal& o) const;
  /// Division carried to `scale` decimals (default 18), rounded half away
  /// from zero. Throws std::domain_error("division by zero").
  Decimal divide(const Decimal& o, int scale = 18) const;

  bool operator==(const Decimal& o) const;
  std::strong_ordering operator<=>(const Decimal& o) const;

  int sign() const;
  bool is_integer() const;
  /// Integer part (truncated toward zero); throws std::overflow_error if it
  /// does not fit in 64 bits.
  long long to_int64() const;
  /// Nearest double, for libraries that want one (xlsx cells, valijson).
  double to_double() const;
  int scale() const { return scale_; }

 private:
  __int128 mantissa_ = 0;
  int scale_ = 0;
};

}  // namespace formwork
