#include "docx/number_formats.h"

#include <array>
#include <utility>

#include "util/utf8.h"

namespace formwork {

namespace {

constexpr std::array<std::string_view, 10> kChineseDigits = {"〇", "一", "二", "三", "四",
                                                             "五", "六", "七", "八", "九"};
constexpr std::array<std::string_view, 10> kLegalDigits = {"零", "壹", "贰", "叁", "肆",
                                                           "伍", "陆", "柒", "捌", "玖"};

std::string roman(int n) {
  static const std::array<std::pair<int, const char*>, 13> kParts = {{{1000, "M"},
                                                                      {900, "CM"},
                                                                      {500, "D"},
                                                                      {400, "CD"},
                                                                      {100, "C"},
                                                                      {90, "XC"},
                                                                      {50, "L"},
                                                                      {40, "XL"},
                                                                      {10, "X"},
                                                                      {9, "IX"},
                                                                      {5, "V"},
                                                                      {4, "IV"},
                                                                      {1, "I"}}};
  std::string out;
  for (const auto& [value, text] : kParts) {
    while (n >= value) {
      out += text;
      n -= value;
    }
  }
  return out;
}

// Word's letters: 1 → A … 26 → Z, 27 → AA, 28 → BB (the letter repeated).
std::string letters(int n) {
  if (n <= 0) return std::to_string(n);
  return std::string(static_cast<size_t>((n - 1) / 26 + 1), static_cast<char>('A' + (n - 1) % 26));
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

// Chinese counting up to 9999: 十一, 二十三, 一百零五, 一千二百; `ten`,
// `hundred`, `thousand` are the unit characters (十百千 or 拾佰仟).
std::string chinese(int n, const std::array<std::string_view, 10>& digits, bool legal) {
  if (n < 0 || n > 9999) return std::to_string(n);
  if (n == 0) return std::string(digits[0]);
  const std::array<std::string_view, 4> units =
      legal ? std::array<std::string_view, 4>{"", "拾", "佰", "仟"}
            : std::array<std::string_view, 4>{"", "十", "百", "千"};
  const int d[4] = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
  std::string out;
  bool zero_gap = false;
  for (int i = 0; i < 4; ++i) {
    const int unit = 3 - i;
    if (d[i] == 0) {
      zero_gap = !out.empty();
      continue;
    }
    if (zero_gap) out += legal ? kLegalDigits[0] : std::string_view("零");
    zero_gap = false;
    // 10–19 read 十, 十一 (not 一十一) when the number starts there.
    if (!(unit == 1 && d[i] == 1 && out.empty() && !legal))
      out += digits[static_cast<size_t>(d[i])];
    out += units[static_cast<size_t>(unit)];
  }
  return out;
}

// Code point `base` + n - 1 for n in 1..20 (①, ⑴, ⒈), else nullopt.
bool enclosed(int n, char32_t base, std::string* out) {
  if (n < 1 || n > 20) return false;
  *out = u32_to_utf8(std::u32string(1, base + static_cast<char32_t>(n - 1)));
  return true;
}

std::string full_width(int n) {
  std::u32string out;
  for (char c : std::to_string(n)) out += static_cast<char32_t>(0xFF10 + (c - '0'));
  return u32_to_utf8(out);
}

std::string digit_by_digit(int n) {
  std::string out;
  for (char c : std::to_string(n)) out += kChineseDigits[static_cast<size_t>(c - '0')];
  return out;
}

std::string cycle(int n, std::initializer_list<std::string_view> items) {
  if (n < 1) return std::to_string(n);
  return std::string(*(items.begin() + (n - 1) % static_cast<int>(items.size())));
}

// Private-use characters of the Symbol and Wingdings fonts as Word maps
// them (U+F000 + the font's byte).
char32_t symbol_counterpart(char32_t c) {
  switch (c) {
    case 0xF0B7:  // Symbol bullet
      return 0x2022;
    case 0xF06C:  // Wingdings l: a black circle
      return 0x25CF;
    case 0xF06E:  // Wingdings n: a black square
      return 0x25A0;
    case 0xF0A7:  // Wingdings small square
      return 0x25AA;
    case 0xF075:  // Wingdings diamond
    case 0xF0A8:
      return 0x25C6;
    case 0xF076:  // Wingdings four diamonds
      return 0x2756;
    case 0xF0D8:  // Wingdings arrowhead
      return 0x27A2;
    case 0xF0E8:  // Wingdings arrow
      return 0x2794;
    case 0xF0FC:  // Wingdings check mark
      return 0x2713;
    case 0xF0FE:  // Wingdings checked box
      return 0x2611;
    case 0xF0A1:  // Wingdings white circle
      return 0x25CB;
    case 0xF06F:  // Wingdings white square
      return 0x25A1;
    default:
      return 0;
  }
}

}  // namespace

std::string format_list_number(int n, std::string_view format, bool* supported) {
  *supported = true;
  std::string out;
  if (format == "decimal" || format.empty()) return std::to_string(n);
  if (format == "none") return "";
  if (format == "decimalZero") return (n >= 0 && n < 10 ? "0" : "") + std::to_string(n);
  if (format == "upperRoman" && n > 0) return roman(n);
  if (format == "lowerRoman" && n > 0) return lower(roman(n));
  if (format == "upperLetter") return letters(n);
  if (format == "lowerLetter") return lower(letters(n));
  if (format == "chineseCounting" || format == "chineseCountingThousand" ||
      format == "taiwaneseCounting" || format == "taiwaneseCountingThousand" ||
      format == "japaneseCounting" || format == "ideographLegalTraditional") {
    return chinese(n, kChineseDigits, false);
  }
  if (format == "chineseLegalSimplified") return chinese(n, kLegalDigits, true);
  if (format == "ideographTraditional") {
    return cycle(n, {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"});
  }
  if (format == "ideographZodiac") {
    return cycle(n, {"子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"});
  }
  if (format == "ideographDigital" || format == "taiwaneseDigital") return digit_by_digit(n);
  if ((format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") &&
      enclosed(n, 0x2460, &out)) {
    return out;
  }
  if (format == "decimalEnclosedParen" && enclosed(n, 0x2474, &out)) return out;
  if (format == "decimalEnclosedFullstop" && enclosed(n, 0x2488, &out)) return out;
  if (format == "decimalFullWidth" || format == "decimalFullWidth2" ||
      format == "decimalHalfWidth") {
    return format == "decimalHalfWidth" ? std::to_string(n) : full_width(n);
  }
  *supported = false;
  return std::to_string(n);
}

std::string bullet_text(std::string_view text, bool* mapped_roughly) {
  *mapped_roughly = false;
  std::u32string cps = utf8_to_u32(text);
  for (char32_t& c : cps) {
    if (c < 0xF020 || c > 0xF0FF) continue;
    char32_t mapped = symbol_counterpart(c);
    if (mapped == 0) {
      mapped = 0x2022;
      *mapped_roughly = true;
    }
    c = mapped;
  }
  return u32_to_utf8(cps);
}

}  // namespace formwork
