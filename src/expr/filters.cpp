#include "expr/filters.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <string_view>

#include "expr/iso_date.h"
#include "expr/number_text.h"

namespace formwork {

namespace {

constexpr std::array<std::string_view, 10> kDigits = {"零", "壹", "贰", "叁", "肆",
                                                      "伍", "陆", "柒", "捌", "玖"};
// Positions inside a four-digit group, most significant first.
constexpr std::array<std::string_view, 4> kPlaces = {"仟", "佰", "拾", ""};
// Units of the four-digit groups, least significant first (amounts < 10^16).
constexpr std::array<std::string_view, 4> kGroups = {"", "万", "亿", "万亿"};

/// Capital numerals of a whole number of 元 (> 0, < 10^16), read the way
/// numbers are read aloud: zeros at the end of a group are silent
/// (107000 → 壹拾万柒仟), any other run of zeros is one 零
/// (20000001 → 贰仟万零壹, 1010 → 壹仟零壹拾).
std::string upper_integer(long long yuan) {
  std::array<int, 4> groups{};
  int count = 0;
  for (long long v = yuan; v > 0; v /= 10000) groups[count++] = static_cast<int>(v % 10000);
  std::string out;
  bool pending_zero = false;  // a run of zeros waits for the next digit
  for (int g = count - 1; g >= 0; --g) {
    if (groups[g] == 0) {
      pending_zero = !out.empty();  // 100001000 → 壹亿零壹仟
      continue;
    }
    const int digits[4] = {groups[g] / 1000, groups[g] / 100 % 10, groups[g] / 10 % 10,
                           groups[g] % 10};
    int last_nonzero = 3;
    while (digits[last_nonzero] == 0) --last_nonzero;
    for (int i = 0; i <= last_nonzero; ++i) {
      if (digits[i] == 0) {
        pending_zero = pending_zero || !out.empty();
        continue;
      }
      if (pending_zero) out += kDigits[0];
      pending_zero = false;
      out += kDigits[digits[i]];
      out += kPlaces[i];
    }
    // Trailing zeros of a group are silent. The 万亿 group takes only 万
    // when the 亿 group follows with its own 亿 (壹万贰仟亿 vs 壹万亿).
    out += (g == 3 && groups[2] != 0) ? kGroups[1] : kGroups[g];
  }
  return out;
}

}  // namespace

std::string format_money(const Decimal& amount, int places) {
  if (places < 0) throw std::invalid_argument("money: negative number of decimals");
  return expr::group_digits(amount.to_fixed(places), ",", ".");
}

// PBoC voucher rules (《支付结算办法》 附一 正确填写票据和结算凭证的基本规定); choices: 整 after 元
// and after 角, never after 分; 零 after 元 when the 元 digit is zero and 角 or 分 follows; 零
// between 元 and 分 when 角 is zero; amounts below one 元 have no 元 part (0.05 → 伍分, 0.5 →
// 伍角整).
std::string rmb_upper(const Decimal& amount, bool prefix) {
  if (amount.sign() < 0) throw std::domain_error("rmb_upper: negative amount");
  const Decimal rounded = amount.round(2);
  if (rounded >= Decimal(10'000'000'000'000'000LL))
    throw std::domain_error("rmb_upper: amount of 10^16 元 or more");
  const long long yuan = rounded.to_int64();
  const long long cents = ((rounded - Decimal(yuan)) * Decimal(100)).to_int64();
  int jiao = static_cast<int>(cents / 10), fen = static_cast<int>(cents % 10);
  std::string out = prefix ? "人民币" : "";
  if (yuan == 0 && cents == 0) return out + "零元整";
  if (yuan > 0) {
    out += upper_integer(yuan);
    out += "元";
    if (cents == 0) return out + "整";
    if (yuan % 10 == 0 || jiao == 0) out += kDigits[0];
  }
  if (jiao > 0) {
    out += kDigits[jiao];
    out += "角";
  }
  if (fen > 0) {
    out += kDigits[fen];
    out += "分";
  } else {
    out += "整";
  }
  return out;
}

std::string format_percent(const Decimal& ratio, int places) {
  if (places < 0) throw std::invalid_argument("percent: negative number of decimals");
  return (ratio * Decimal(100)).to_fixed(places) + "%";
}

std::string format_date_cn(const std::string& iso) {
  const expr::IsoDate d = expr::parse_iso_date(iso);
  return std::to_string(d.year) + "年" + std::to_string(d.month) + "月" + std::to_string(d.day) +
         "日";
}

long long spreadsheet_date_serial(const std::string& iso) {
  const expr::IsoDate d = expr::parse_iso_date(iso);
  using std::chrono::sys_days;
  const sys_days day{std::chrono::year{d.year} / d.month / d.day};
  const sys_days first{std::chrono::year{1900} / 3 / 1};
  if (day < first) {
    throw std::invalid_argument("'" + iso + "' is before 1900-03-01, which spreadsheets " +
                                "cannot hold as a date");
  }
  // Serial 1 is 1900-01-01 and 1900-02-29 (which never was) is 60, so from
  // 1900-03-01 on a date is its days since 1899-12-30.
  const sys_days epoch{std::chrono::year{1899} / 12 / 30};
  return (day - epoch).count();
}

std::string format_date_numeric_vi(const std::string& iso) {
  const expr::IsoDate d = expr::parse_iso_date(iso);
  char out[16];
  std::snprintf(out, sizeof out, "%02d/%02d/%04d", d.day, d.month, d.year);
  return out;
}

}  // namespace formwork
