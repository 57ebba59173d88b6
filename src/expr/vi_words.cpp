// Vietnamese amounts in words (vi_format.h, docs/templates.md "vi_words").
#include <array>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "expr/vi_format.h"

namespace formwork {

namespace {

constexpr std::array<std::string_view, 10> kDigits = {"không", "một", "hai", "ba",  "bốn",
                                                      "năm",   "sáu", "bảy", "tám", "chín"};
constexpr long long kBillion = 1'000'000'000;            // tỷ
constexpr long long kLimit = 1'000'000'000'000'000'000;  // 10^18: "tỷ tỷ" is not used

using Words = std::vector<std::string_view>;

/// Reads 0 < n < 1000. `full`: the group follows a higher non-zero group, so
/// its hundreds are read even when zero ("không trăm linh năm").
void read_group(int n, bool full, const ViWordsStyle& style, Words& out) {
  const int hundreds = n / 100, tens = n / 10 % 10, units = n % 10;
  const bool with_hundreds = hundreds > 0 || full;
  if (with_hundreds) {
    out.push_back(kDigits[hundreds]);
    out.push_back("trăm");
  }
  if (tens == 0) {
    if (units == 0) return;
    if (with_hundreds) out.push_back(style.le ? "lẻ" : "linh");  // 505 năm trăm linh năm
    out.push_back(kDigits[units]);
    return;
  }
  if (tens == 1) {
    out.push_back("mười");
  } else {
    out.push_back(kDigits[tens]);
    out.push_back("mươi");
  }
  if (units == 1 && tens >= 2) {
    out.push_back("mốt");  // 31 ba mươi mốt, but 11 mười một
  } else if (units == 4 && tens >= 2 && style.tu) {
    out.push_back("tư");  // 24 hai mươi tư, but 14 mười bốn
  } else if (units == 5) {
    out.push_back("lăm");  // 15 mười lăm, 55 năm mươi lăm
  } else if (units != 0) {
    out.push_back(kDigits[units]);
  }
}

/// Reads 0 < n < 10^18: below one tỷ in groups of three (nghìn, triệu);
/// the tỷ part is itself read as a number followed by "tỷ" (1500 tỷ =
/// một nghìn năm trăm tỷ). `full` as for read_group, for the first group.
void read_number(long long n, bool full, const ViWordsStyle& style, Words& out) {
  if (n >= kBillion) {
    read_number(n / kBillion, full, style, out);
    out.push_back("tỷ");
    n %= kBillion;
    full = true;
  }
  const std::array<std::string_view, 3> scales = {"triệu", style.ngan ? "ngàn" : "nghìn", ""};
  const int groups[3] = {static_cast<int>(n / 1'000'000), static_cast<int>(n / 1000 % 1000),
                         static_cast<int>(n % 1000)};
  for (size_t i = 0; i < 3; ++i) {
    if (groups[i] == 0) continue;  // 1000005: một triệu không trăm linh năm
    read_group(groups[i], full, style, out);
    if (!scales[i].empty()) out.push_back(scales[i]);
    full = true;
  }
}

}  // namespace

std::string vi_words(const Decimal& amount, bool dong) { return vi_words(amount, dong, {}); }

std::string vi_words(const Decimal& amount, bool dong, const ViWordsStyle& style) {
  if (amount.sign() < 0) throw std::domain_error("vi_words: negative amount");
  const Decimal rounded = amount.round(0);
  if (rounded >= Decimal(kLimit)) throw std::domain_error("vi_words: amount of 10^18 đồng or more");
  Words words;
  const long long n = rounded.to_int64();
  if (n == 0) {
    words.push_back(kDigits[0]);
  } else {
    read_number(n, false, style, words);
  }
  if (dong) words.push_back("đồng");
  std::string out;
  for (std::string_view w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  // Every word above starts with an ASCII letter, so capitalising the first
  // byte capitalises the first letter.
  out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace formwork
