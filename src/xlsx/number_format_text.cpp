#include "xlsx/number_format_text.h"

#include <array>
#include <cctype>
#include <map>
#include <vector>

#include "xlsx/serial_date.h"

namespace formwork::xlsx_read {

namespace {

// One printing element of a format code: a literal (quoted text, \x, _x,
// a bracketed currency) printed as it is, or one code point of the code
// proper, which may be a placeholder, a date letter or a literal sign.
struct Token {
  bool literal = false;
  std::string text;
};
using Tokens = std::vector<Token>;

size_t utf8_length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// "[$¥-804]" → "¥"; every other bracket ([Red], [Color3], [DBNum1],
// [$-804], [>=100], [h]) prints nothing here.
std::string bracket_literal(std::string_view inner) {
  if (!inner.starts_with('$')) return "";
  inner.remove_prefix(1);
  return std::string(inner.substr(0, inner.find('-')));
}

// The sections of `code` split at ';' and tokenised. `elapsed` is set when
// a section holds an elapsed-time bracket ([h], [mm], [ss]).
std::vector<Tokens> tokenize(std::string_view code, bool& elapsed) {
  std::vector<Tokens> sections(1);
  for (size_t i = 0; i < code.size();) {
    const char c = code[i];
    Tokens& out = sections.back();
    if (c == '"') {
      const size_t end = code.find('"', i + 1);
      const size_t stop = end == std::string_view::npos ? code.size() : end;
      out.push_back({true, std::string(code.substr(i + 1, stop - i - 1))});
      i = stop + 1;
    } else if ((c == '\\' || c == '_' || c == '*') && i + 1 < code.size()) {
      const size_t n = utf8_length(static_cast<unsigned char>(code[i + 1]));
      if (c == '\\') out.push_back({true, std::string(code.substr(i + 1, n))});
      if (c == '_') out.push_back({true, " "});  // the width of a character: a space
      i += 1 + n;
    } else if (c == '[') {
      const size_t end = code.find(']', i);
      const size_t stop = end == std::string_view::npos ? code.size() : end;
      const std::string_view inner = code.substr(i + 1, stop - i - 1);
      const char k = inner.empty() ? '\0' : static_cast<char>(std::tolower(inner[0]));
      if (k == 'h' || k == 'm' || k == 's') elapsed = true;
      std::string lit = bracket_literal(inner);
      if (!lit.empty()) out.push_back({true, lit});
      i = stop + 1;
    } else if (c == ';') {
      sections.emplace_back();
      ++i;
    } else {
      const size_t n = utf8_length(static_cast<unsigned char>(c));
      out.push_back({false, std::string(code.substr(i, n))});
      i += n;
    }
  }
  return sections;
}

char lower(const Token& t) {
  return t.literal || t.text.size() != 1
             ? '\0'
             : static_cast<char>(std::tolower(static_cast<unsigned char>(t.text[0])));
}

bool is_digit_placeholder(const Token& t) {
  return !t.literal && (t.text == "0" || t.text == "#" || t.text == "?");
}

bool section_is_date(const Tokens& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = lower(s[i]);
    if (c == 'y' || c == 'm' || c == 'd' || c == 'h' || c == 's') return true;
    // aaa / aaaa: the Chinese weekday
    if (c == 'a' && i + 2 < s.size() && lower(s[i + 1]) == 'a' && lower(s[i + 2]) == 'a') {
      return true;
    }
  }
  return false;
}

bool has_digit_placeholder(const Tokens& s) {
  for (const Token& t : s) {
    if (is_digit_placeholder(t)) return true;
  }
  return false;
}

// ------------------------------------------------------------- numbers

// What the digit placeholders of a number section ask for.
struct NumberShape {
  std::string int_places;   // the integer placeholders, e.g. "#0" of "#,##0"
  std::string frac_places;  // the decimal placeholders, e.g. "00"
  bool point = false;       // the section has a decimal point
  bool grouped = false;     // ',' between integer placeholders
  int thousands_divs = 0;   // ',' after the last placeholder: ÷ 1000 each
  int percents = 0;
  bool inexact = false;  // scientific or fraction: not shown digit by digit
};

NumberShape number_shape(const Tokens& s) {
  NumberShape shape;
  size_t last_placeholder = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (is_digit_placeholder(s[i])) last_placeholder = i;
  }
  for (size_t i = 0; i < s.size(); ++i) {
    const Token& t = s[i];
    const char c = lower(t);
    if (is_digit_placeholder(t)) {
      (shape.point ? shape.frac_places : shape.int_places) += t.text;
    } else if (c == '.' && !shape.point && i < last_placeholder + 1) {
      shape.point = true;
    } else if (c == ',' && !shape.point && !shape.int_places.empty()) {
      if (i < last_placeholder) {
        shape.grouped = true;
      } else {
        ++shape.thousands_divs;
      }
    } else if (c == '%') {
      ++shape.percents;
    } else if (c == 'e' || (c == '/' && !shape.int_places.empty())) {
      shape.inexact = true;
    }
  }
  return shape;
}

// The decimals after rounding, trailing zeros dropped where the
// placeholder is '#' and turned to spaces where it is '?'.
std::string shown_fraction(std::string frac, const std::string& places) {
  for (size_t k = frac.size(); k-- > 0;) {
    if (places[k] == '0' || frac[k] != '0') break;
    if (places[k] == '#') {
      frac.erase(k, 1);
    } else {
      frac[k] = ' ';
    }
  }
  return frac;
}

// The integer digits spread over the integer placeholders from the right:
// the first placeholder takes every digit left over, '0' pads with zeros,
// '?' with spaces, '#' with nothing; a ',' follows every third digit from
// the right when grouped. Returns the text for each placeholder.
std::vector<std::string> spread_integer(const std::string& digits, const NumberShape& shape) {
  const std::string& places = shape.int_places;
  const long n = static_cast<long>(places.size());
  const long len = static_cast<long>(digits.size());
  std::vector<std::string> out(places.size());
  for (long k = 0; k < n; ++k) {
    const long pos = n - 1 - k;  // digit position from the right
    const long from = k == 0 ? 0 : len - 1 - pos;
    const long to = len - 1 - pos;  // inclusive
    std::string& text = out[static_cast<size_t>(k)];
    if (to < 0) {
      if (places[static_cast<size_t>(k)] == '0') text = "0";
      if (places[static_cast<size_t>(k)] == '?') text = " ";
      continue;
    }
    for (long d = std::max(0L, from); d <= to; ++d) {
      text += digits[static_cast<size_t>(d)];
      const long p = len - 1 - d;
      if (shape.grouped && p > 0 && p % 3 == 0) text += ',';
    }
  }
  // Leading zeros padded by '0' placeholders left of the digits get grouped too.
  if (shape.grouped) {
    for (long k = 0; k < n; ++k) {
      const long pos = n - 1 - k;
      std::string& text = out[static_cast<size_t>(k)];
      if (pos >= len && text == "0" && pos > 0 && pos % 3 == 0) text += ',';
    }
  }
  return out;
}

std::string number_section_text(const Decimal& magnitude, const Tokens& s, const NumberShape& shape,
                                bool& all_zero) {
  Decimal v = magnitude;
  for (int i = 0; i < shape.percents; ++i) v = v * Decimal(100);
  for (int i = 0; i < shape.thousands_divs; ++i) v = v.divide(Decimal(1000), 30);
  const std::string fixed = v.to_fixed(static_cast<int>(shape.frac_places.size()));
  const size_t dot = fixed.find('.');
  std::string int_digits = fixed.substr(0, dot);
  const std::string frac = dot == std::string::npos ? "" : fixed.substr(dot + 1);
  all_zero = fixed.find_first_not_of("0.") == std::string::npos;
  if (int_digits == "0") int_digits.clear();  // "#.00" shows ".50"
  const std::vector<std::string> ints = spread_integer(int_digits, shape);
  const std::string fraction = shown_fraction(frac, shape.frac_places);

  std::string out;
  size_t int_k = 0;
  bool point_done = false;
  for (const Token& t : s) {
    const char c = lower(t);
    if (t.literal) {
      out += t.text;
    } else if (is_digit_placeholder(t)) {
      if (!point_done && int_k < ints.size()) out += ints[int_k++];
      // decimal placeholders were printed with the point
    } else if (c == '.' && shape.point && !point_done) {
      out += "." + fraction;
      point_done = true;
    } else if (c == ',' || c == '@' || c == '*') {
      // grouping and scaling commas are part of the number; no text here
    } else {
      out += t.text;
    }
  }
  return out;
}

// ------------------------------------------------------------- dates

constexpr std::array<const char*, 12> kMonths = {"January",   "February", "March",    "April",
                                                 "May",       "June",     "July",     "August",
                                                 "September", "October",  "November", "December"};
constexpr std::array<const char*, 7> kDays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                              "Thursday", "Friday", "Saturday"};
constexpr std::array<const char*, 7> kCnDays = {"日", "一", "二", "三", "四", "五", "六"};

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// Whether the tokens from `i` spell `word` (ASCII case ignored).
bool spells(const Tokens& s, size_t i, std::string_view word) {
  size_t w = 0;
  for (size_t k = i; w < word.size(); ++k) {
    if (k >= s.size() || s[k].literal) return false;
    const std::string& text = s[k].text;
    if (text.size() == 1) {
      if (std::tolower(static_cast<unsigned char>(text[0])) !=
          std::tolower(static_cast<unsigned char>(word[w]))) {
        return false;
      }
    } else if (word.compare(w, text.size(), text) != 0) {
      return false;
    }
    w += text.size();
  }
  return true;
}

size_t token_count(const Tokens& s, size_t i, std::string_view word) {
  size_t n = 0;
  for (size_t w = 0; w < word.size(); ++n) w += s[i + n].text.size();
  return n;
}

// The letter of the next date run after `i` (skipping literals and signs).
char next_date_letter(const Tokens& s, size_t i) {
  for (; i < s.size(); ++i) {
    const char c = lower(s[i]);
    if (c == 'y' || c == 'm' || c == 'd' || c == 'h' || c == 's') return c;
  }
  return '\0';
}

bool twelve_hour(const Tokens& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (spells(s, i, "AM/PM") || spells(s, i, "A/P") || spells(s, i, "上午/下午")) return true;
  }
  return false;
}

std::string date_field(char c, size_t n, bool minutes, const SerialDateTime& dt, int hour) {
  switch (c) {
    case 'y':
      return n <= 2 ? two_digits(dt.year % 100) : std::to_string(dt.year);
    case 'm':
      if (minutes) return n >= 2 ? two_digits(dt.minute) : std::to_string(dt.minute);
      if (n <= 2) return n == 2 ? two_digits(dt.month) : std::to_string(dt.month);
      return n == 3   ? std::string(kMonths[dt.month - 1]).substr(0, 3)
             : n == 4 ? std::string(kMonths[dt.month - 1])
                      : std::string(kMonths[dt.month - 1]).substr(0, 1);
    case 'd':
      if (n <= 2) return n == 2 ? two_digits(dt.day) : std::to_string(dt.day);
      return n == 3 ? std::string(kDays[dt.weekday]).substr(0, 3) : std::string(kDays[dt.weekday]);
    case 'a':
      return n >= 4 ? std::string("星期") + kCnDays[dt.weekday] : std::string(kCnDays[dt.weekday]);
    case 'h':
      return n >= 2 ? two_digits(hour) : std::to_string(hour);
    case 's':
      return n >= 2 ? two_digits(dt.second) : std::to_string(dt.second);
  }
  return "";
}

std::string date_section_text(const Tokens& s, const SerialDateTime& dt) {
  const bool twelve = twelve_hour(s);
  const int hour = twelve ? (dt.hour % 12 == 0 ? 12 : dt.hour % 12) : dt.hour;
  std::string out;
  char last = '\0';
  for (size_t i = 0; i < s.size();) {
    if (s[i].literal) {
      out += s[i++].text;
      continue;
    }
    const char* const pairs[][3] = {
        {"AM/PM", "AM", "PM"}, {"A/P", "A", "P"}, {"上午/下午", "上午", "下午"}};
    bool matched = false;
    for (const auto& p : pairs) {
      if (spells(s, i, p[0])) {
        out += dt.hour < 12 ? p[1] : p[2];
        i += token_count(s, i, p[0]);
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const char c = lower(s[i]);
    if (c == 'y' || c == 'm' || c == 'd' || c == 'h' || c == 's' || c == 'a') {
      size_t n = 0;
      while (i + n < s.size() && lower(s[i + n]) == c) ++n;
      const bool minutes = c == 'm' && (last == 'h' || next_date_letter(s, i + n) == 's');
      out += date_field(c, n, minutes, dt, hour);
      last = c;
      i += n;
    } else {
      out += s[i++].text;
    }
  }
  return out;
}

}  // namespace

std::string builtin_number_format(int id) {
  static const std::map<int, std::string> kCodes = {
      {0, "General"},
      {1, "0"},
      {2, "0.00"},
      {3, "#,##0"},
      {4, "#,##0.00"},
      {5, "\"¥\"#,##0;\"¥\"\\-#,##0"},
      {6, "\"¥\"#,##0;[Red]\"¥\"\\-#,##0"},
      {7, "\"¥\"#,##0.00;\"¥\"\\-#,##0.00"},
      {8, "\"¥\"#,##0.00;[Red]\"¥\"\\-#,##0.00"},
      {9, "0%"},
      {10, "0.00%"},
      {11, "0.00E+00"},
      {12, "# ?/?"},
      {13, "# ?\?/?\?"},
      {14, "yyyy/m/d"},
      {15, "d-mmm-yy"},
      {16, "d-mmm"},
      {17, "mmm-yy"},
      {18, "h:mm AM/PM"},
      {19, "h:mm:ss AM/PM"},
      {20, "h:mm"},
      {21, "h:mm:ss"},
      {22, "yyyy/m/d h:mm"},
      {27, "yyyy\"年\"m\"月\""},
      {28, "m\"月\"d\"日\""},
      {29, "m\"月\"d\"日\""},
      {30, "m-d-yy"},
      {31, "yyyy\"年\"m\"月\"d\"日\""},
      {32, "h\"时\"mm\"分\""},
      {33, "h\"时\"mm\"分\"ss\"秒\""},
      {34, "上午/下午h\"时\"mm\"分\""},
      {35, "上午/下午h\"时\"mm\"分\"ss\"秒\""},
      {36, "yyyy\"年\"m\"月\""},
      {37, "#,##0 ;(#,##0)"},
      {38, "#,##0 ;[Red](#,##0)"},
      {39, "#,##0.00;(#,##0.00)"},
      {40, "#,##0.00;[Red](#,##0.00)"},
      {45, "mm:ss"},
      {46, "[h]:mm:ss"},
      {47, "mm:ss.0"},
      {48, "##0.0E+0"},
      {49, "@"},
      {50, "yyyy\"年\"m\"月\""},
      {51, "m\"月\"d\"日\""},
      {52, "yyyy\"年\"m\"月\""},
      {53, "m\"月\"d\"日\""},
      {54, "m\"月\"d\"日\""},
      {55, "上午/下午h\"时\"mm\"分\""},
      {56, "上午/下午h\"时\"mm\"分\"ss\"秒\""},
      {57, "yyyy\"年\"m\"月\""},
      {58, "m\"月\"d\"日\""},
  };
  const auto it = kCodes.find(id);
  return it == kCodes.end() ? "General" : it->second;
}

bool is_date_format(std::string_view code) {
  bool elapsed = false;
  const std::vector<Tokens> sections = tokenize(code, elapsed);
  return elapsed || section_is_date(sections.front());
}

std::string general_number_text(const Decimal& value) {
  const Decimal magnitude = value.sign() < 0 ? -value : value;
  const std::string whole = magnitude.round(0).to_string();
  int places = 0;
  if (whole != "0") {
    places = std::max(0, 11 - static_cast<int>(whole.size()));
  } else {
    // Below 1: eleven significant digits after the leading zeros.
    const std::string text = magnitude.to_fixed(30);
    const size_t first = text.find_first_not_of("0.");
    places = first == std::string::npos ? 0 : std::min(30, static_cast<int>(first) - 2 + 11);
  }
  return value.round(places).to_string();
}

std::string number_format_text(const Decimal& value, std::string_view code, bool date1904) {
  if (code.empty() || code == "General" || code == "general" || code == "@") {
    return general_number_text(value);
  }
  bool elapsed = false;
  const std::vector<Tokens> sections = tokenize(code, elapsed);
  if (elapsed) return general_number_text(value);
  size_t pick = 0;
  if (value.sign() < 0 && sections.size() >= 2) pick = 1;
  if (value.sign() == 0 && sections.size() >= 3) pick = 2;
  const Tokens& s = sections[pick];
  const bool own_sign = pick == 1;  // the negative section prints its own sign
  if (section_is_date(s)) {
    if (value.sign() < 0) return general_number_text(value);  // no date before the epoch
    return date_section_text(s, serial_to_datetime(value, date1904));
  }
  const NumberShape shape = number_shape(s);
  if (shape.inexact) return general_number_text(value);
  if (!has_digit_placeholder(s)) {
    bool unused = false;
    return number_section_text(Decimal(0), s, shape, unused);  // text only, e.g. "-"
  }
  const Decimal magnitude = value.sign() < 0 ? -value : value;
  bool all_zero = false;
  const std::string text = number_section_text(magnitude, s, shape, all_zero);
  return (value.sign() < 0 && !own_sign && !all_zero ? "-" : "") + text;
}

}  // namespace formwork::xlsx_read
