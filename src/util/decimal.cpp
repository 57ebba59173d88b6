#include "util/decimal.h"

#include <charconv>
#include <stdexcept>

namespace formwork {

namespace {

using U128 = unsigned __int128;

constexpr int kMaxScale = 30;
// 10^38 < 2^127 - 1 < 10^39: every power up to 10^38 fits a signed mantissa.
constexpr int kMaxPow = 38;

/// 10^n for 0 ≤ n ≤ 38.
U128 pow10(int n) {
  static const auto table = [] {
    struct T {
      U128 v[kMaxPow + 1];
    } t{};
    t.v[0] = 1;
    for (int i = 1; i <= kMaxPow; ++i) t.v[i] = t.v[i - 1] * 10;
    return t;
  }();
  return table.v[n];
}

constexpr U128 kMaxMagnitude = (static_cast<U128>(1) << 127) - 1;

U128 magnitude(__int128 m) { return m < 0 ? static_cast<U128>(0) - static_cast<U128>(m) : m; }

/// Signed mantissa from sign and magnitude; overflow_error beyond 2^127 - 1.
__int128 signed_from(bool negative, U128 mag) {
  if (mag > kMaxMagnitude) throw std::overflow_error("decimal overflow");
  return negative ? -static_cast<__int128>(mag) : static_cast<__int128>(mag);
}

/// mag × 10^n, or false when the product exceeds 2^127 - 1.
bool mul_pow10(U128 mag, int n, U128& out) {
  if (n > kMaxPow) {
    out = 0;
    return mag == 0;
  }
  U128 r;
  if (__builtin_mul_overflow(mag, pow10(n), &r) || r > kMaxMagnitude) return false;
  out = r;
  return true;
}

/// mag / 10^n rounded half away from zero (n ≥ 0).
U128 div_pow10_round(U128 mag, int n) {
  if (n == 0) return mag;
  if (n > kMaxPow) return 0;  // mag < 10^39 / 2 ≤ half of 10^n
  U128 div = pow10(n);
  U128 q = mag / div;
  U128 r = mag % div;
  if (r >= div - r) ++q;  // 2r ≥ div without overflow
  return q;
}

std::string u128_to_string(U128 v) {
  if (v == 0) return "0";
  std::string s;
  while (v > 0) {
    s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  }
  return s;
}

/// Digits of `mag` with a point placed `scale` digits from the right.
std::string place_point(bool negative, U128 mag, int scale) {
  std::string digits = u128_to_string(mag);
  if (scale > 0) {
    if (static_cast<int>(digits.size()) <= scale)
      digits.insert(0, static_cast<size_t>(scale + 1) - digits.size(), '0');
    digits.insert(digits.size() - static_cast<size_t>(scale), ".");
  }
  if (negative && mag != 0) digits.insert(0, "-");
  return digits;
}

}  // namespace

Decimal::Decimal(long long v) : mantissa_(v), scale_(0) {}

// JSON grammar (RFC 8259 §6): -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
// Numbers that cannot be held exactly (more than 38 significant digits or
// more than 30 decimals after removing trailing zeros) are rejected too:
// silently rounding an amount would defeat the purpose of this type.
std::optional<Decimal> Decimal::parse(std::string_view text) {
  size_t i = 0;
  const size_t n = text.size();
  auto is_digit = [&](size_t k) { return k < n && text[k] >= '0' && text[k] <= '9'; };
  bool negative = false;
  if (i < n && text[i] == '-') {
    negative = true;
    ++i;
  }
  if (!is_digit(i)) return std::nullopt;
  U128 mag = 0;
  int digits = 0;  // significant digits accumulated (leading zeros excluded)
  auto push = [&](char c) {
    if (mag == 0 && c == '0') return true;
    if (++digits > kMaxPow) return false;
    mag = mag * 10 + static_cast<unsigned>(c - '0');
    return true;
  };
  if (text[i] == '0') {
    ++i;
  } else {
    while (is_digit(i))
      if (!push(text[i++])) return std::nullopt;
  }
  long long scale = 0;
  if (i < n && text[i] == '.') {
    ++i;
    if (!is_digit(i)) return std::nullopt;
    while (is_digit(i)) {
      if (!push(text[i++])) return std::nullopt;
      ++scale;
    }
  }
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < n && (text[i] == '+' || text[i] == '-')) exp_negative = text[i++] == '-';
    if (!is_digit(i)) return std::nullopt;
    long long exp = 0;
    while (is_digit(i)) {
      exp = exp * 10 + (text[i++] - '0');
      if (exp > 100000) return std::nullopt;
    }
    scale += exp_negative ? exp : -exp;
  }
  if (i != n) return std::nullopt;
  // Drop trailing zeros only as far as needed to fit the scale limit.
  while (scale > kMaxScale && mag != 0 && mag % 10 == 0) {
    mag /= 10;
    --scale;
  }
  if (mag == 0 && scale > kMaxScale) scale = kMaxScale;
  if (scale > kMaxScale) return std::nullopt;
  if (scale < 0) {
    if (!mul_pow10(mag, static_cast<int>(-scale), mag)) return std::nullopt;
    scale = 0;
  }
  Decimal d;
  d.mantissa_ = signed_from(negative, mag);
  d.scale_ = static_cast<int>(scale);
  return d;
}

std::string Decimal::to_string() const {
  U128 mag = magnitude(mantissa_);
  int scale = scale_;
  while (scale > 0 && mag % 10 == 0) {
    mag /= 10;
    --scale;
  }
  return place_point(mantissa_ < 0, mag, scale);
}

std::string Decimal::to_fixed(int places) const {
  if (places < 0) throw std::invalid_argument("to_fixed: negative places");
  if (places > kMaxScale) places = kMaxScale;
  Decimal r = round(places);
  U128 mag = magnitude(r.mantissa_);
  if (!mul_pow10(mag, places - r.scale_, mag)) throw std::overflow_error("decimal overflow");
  return place_point(r.mantissa_ < 0, mag, places);
}

Decimal Decimal::round(int places) const {
  if (places >= scale_) return *this;
  U128 mag = magnitude(mantissa_);
  long long drop = static_cast<long long>(scale_) - places;
  U128 q = drop > kMaxPow + 1 ? 0 : div_pow10_round(mag, static_cast<int>(drop));
  Decimal d;
  if (places < 0) {
    if (!mul_pow10(q, -places, q)) throw std::overflow_error("decimal overflow");
    d.scale_ = 0;
  } else {
    d.scale_ = places;
  }
  d.mantissa_ = signed_from(mantissa_ < 0, q);
  return d;
}

Decimal Decimal::operator-() const {
  Decimal d = *this;
  d.mantissa_ = -mantissa_;  // |mantissa| ≤ 2^127 - 1, so negation cannot overflow
  return d;
}

Decimal Decimal::operator+(const Decimal& o) const {
  int scale = std::max(scale_, o.scale_);
  U128 a = magnitude(mantissa_), b = magnitude(o.mantissa_);
  if (!mul_pow10(a, scale - scale_, a) || !mul_pow10(b, scale - o.scale_, b))
    throw std::overflow_error("decimal overflow");
  __int128 sa = signed_from(mantissa_ < 0, a), sb = signed_from(o.mantissa_ < 0, b);
  __int128 sum;
  if (__builtin_add_overflow(sa, sb, &sum) || magnitude(sum) > kMaxMagnitude)
    throw std::overflow_error("decimal overflow");
  Decimal d;
  d.mantissa_ = sum;
  d.scale_ = scale;
  return d;
}

Decimal Decimal::operator-(const Decimal& o) const { return *this + (-o); }

Decimal Decimal::operator*(const Decimal& o) const {
  // Trailing zeros carry no value; dropping them first keeps more products
  // inside 128 bits.
  U128 a = magnitude(mantissa_), b = magnitude(o.mantissa_);
  int sa = scale_, sb = o.scale_;
  while (sa > 0 && a != 0 && a % 10 == 0) a /= 10, --sa;
  while (sb > 0 && b != 0 && b % 10 == 0) b /= 10, --sb;
  U128 p;
  if (__builtin_mul_overflow(a, b, &p) || p > kMaxMagnitude)
    throw std::overflow_error("decimal overflow");
  int scale = sa + sb;
  if (scale > kMaxScale) {
    p = div_pow10_round(p, scale - kMaxScale);
    scale = kMaxScale;
  }
  Decimal d;
  d.mantissa_ = signed_from((mantissa_ < 0) != (o.mantissa_ < 0), p);
  d.scale_ = scale;
  return d;
}

// Long division digit by digit: the quotient m1/m2 × 10^(scale + s2 - s1)
// is produced one decimal at a time, so intermediate values stay below the
// divisor × 10 and never overflow unless the quotient itself does.
Decimal Decimal::divide(const Decimal& o, int scale) const {
  if (o.mantissa_ == 0) throw std::domain_error("division by zero");
  if (scale < 0) scale = 0;
  if (scale > kMaxScale) scale = kMaxScale;
  U128 num = magnitude(mantissa_), den = magnitude(o.mantissa_);
  int shift = scale + o.scale_ - scale_;  // extra decimal digits wanted
  U128 q, r;
  bool round_up;
  if (shift < 0) {
    // Fewer decimals than the dividend has: q = num / (den × 10^k). Split
    // num = q1 × 10^k + r1 so nothing is multiplied (den × 10^k may not fit).
    const U128 p = pow10(-shift);
    const U128 q1 = num / p, r1 = num % p;
    q = q1 / den;
    r = q1 % den;
    // The fraction is (r + r1/10^k) / den; it reaches one half when 2r ≥ den,
    // or when 2r = den - 1 and r1/10^k ≥ 1/2.
    round_up = r >= den - r || (den - r == r + 1 && r1 >= p - r1);
  } else {
    q = num / den;
    r = num % den;
    for (int i = 0; i < shift; ++i) {
      // r < den ≤ 2^127, so r × 10 could wrap 128 bits for huge divisors.
      if (r > (~static_cast<U128>(0)) / 10) throw std::overflow_error("decimal overflow");
      U128 next_r = r * 10;
      U128 digit = next_r / den;
      r = next_r % den;
      if (__builtin_mul_overflow(q, static_cast<U128>(10), &q) || q + digit < q ||
          q + digit > kMaxMagnitude)
        throw std::overflow_error("decimal overflow");
      q += digit;
    }
    round_up = r >= den - r;  // 2r ≥ den: half away from zero
  }
  if (round_up) ++q;
  // Exact quotients keep only the decimals they need (10 / 4 has scale 1).
  while (scale > 0 && q % 10 == 0) q /= 10, --scale;
  Decimal d;
  d.mantissa_ = signed_from((mantissa_ < 0) != (o.mantissa_ < 0), q);
  d.scale_ = scale;
  return d;
}

bool Decimal::operator==(const Decimal& o) const { return (*this <=> o) == 0; }

std::strong_ordering Decimal::operator<=>(const Decimal& o) const {
  int s1 = sign(), s2 = o.sign();
  if (s1 != s2) return s1 <=> s2;
  if (s1 == 0) return std::strong_ordering::equal;
  U128 a = magnitude(mantissa_), b = magnitude(o.mantissa_);
  int scale = std::max(scale_, o.scale_);
  bool a_big = !mul_pow10(a, scale - scale_, a);
  bool b_big = !mul_pow10(b, scale - o.scale_, b);
  // Only the one with the smaller scale is scaled, so at most one overflows,
  // and an overflowing one is larger than any in-range magnitude.
  std::strong_ordering mag_order = a_big   ? std::strong_ordering::greater
                                   : b_big ? std::strong_ordering::less
                                           : (a <=> b);
  if (s1 > 0) return mag_order;
  return 0 <=> mag_order;
}

int Decimal::sign() const { return mantissa_ > 0 ? 1 : (mantissa_ < 0 ? -1 : 0); }

bool Decimal::is_integer() const { return magnitude(mantissa_) % pow10(scale_) == 0; }

long long Decimal::to_int64() const {
  U128 q = magnitude(mantissa_) / pow10(scale_);
  if (mantissa_ < 0) {
    if (q > static_cast<U128>(1) << 63) throw std::overflow_error("decimal does not fit 64 bits");
    return q == static_cast<U128>(1) << 63 ? INT64_MIN : -static_cast<long long>(q);
  }
  if (q > static_cast<U128>(INT64_MAX)) throw std::overflow_error("decimal does not fit 64 bits");
  return static_cast<long long>(q);
}

double Decimal::to_double() const {
  // from_chars is locale-independent and correctly rounded.
  std::string s = to_string();
  double d = 0;
  std::from_chars(s.data(), s.data() + s.size(), d);
  return d;
}

}  // namespace formwork
