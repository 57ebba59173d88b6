#include "expr/vi_format.h"

#include <stdexcept>

#include "expr/iso_date.h"
#include "expr/number_text.h"

namespace formwork {

namespace {

/// Two digits, with a leading zero below 10.
std::string two_digits(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

}  // namespace

std::string format_number_vi(const Decimal& x, int places) {
  if (places < 0) throw std::invalid_argument("vi_number: negative number of decimals");
  return expr::group_digits(x.to_fixed(places), ".", ",");
}

std::string format_percent_vi(const Decimal& ratio, int places) {
  if (places < 0) throw std::invalid_argument("vi_percent: negative number of decimals");
  return expr::group_digits((ratio * Decimal(100)).to_fixed(places), ".", ",") + "%";
}

// Nghị định 30/2020, Phụ lục I: "Đối với những số chỉ ngày nhỏ hơn 10 và
// tháng 1, 2 phải ghi thêm số 0 phía trước".
std::string format_date_vi(const std::string& iso) {
  const expr::IsoDate d = expr::parse_iso_date(iso);
  const std::string month = d.month <= 2 ? two_digits(d.month) : std::to_string(d.month);
  return "ngày " + two_digits(d.day) + " tháng " + month + " năm " + std::to_string(d.year);
}

}  // namespace formwork
