#include "expr/iso_date.h"

#include <stdexcept>

namespace formwork::expr {

IsoDate parse_iso_date(const std::string& iso) {
  auto bad = [&] { return std::invalid_argument("not a valid ISO date: '" + iso + "'"); };
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') throw bad();
  auto number = [&](size_t from, size_t len) {
    int v = 0;
    for (size_t i = from; i < from + len; ++i) {
      if (iso[i] < '0' || iso[i] > '9') throw bad();
      v = v * 10 + (iso[i] - '0');
    }
    return v;
  };
  const IsoDate d{number(0, 4), number(5, 2), number(8, 2)};
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1) throw bad();
  if (d.day > kDays[d.month - 1] + (d.month == 2 && leap ? 1 : 0)) throw bad();
  return d;
}

}  // namespace formwork::expr
