#include "xlsx/shown_value.h"

#include <array>
#include <cstdlib>
#include <map>
#include <vector>

namespace formwork {

namespace {

// One section of a format code split into what it prints: literal text
// and the placeholders of one number or one date.
struct Section {
  std::string code;  // brackets removed, literals kept as written
  bool is_date = false;
  bool has_number = false;
};

// The sections of `code`, split at ';' outside quotes, escapes and brackets.
std::vector<std::string> split_sections(std::string_view code) {
  std::vector<std::string> out(1);
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      const size_t end = code.find('"', i + 1);
      const size_t stop = end == std::string_view::npos ? code.size() : end + 1;
      out.back() += code.substr(i, stop - i);
      i = stop - 1;
    } else if (c == '\\' || c == '_' || c == '*') {
      out.back() += code.substr(i, 2);
      ++i;
    } else if (c == '[') {
      const size_t end = code.find(']', i);
      const size_t stop = end == std::string_view::npos ? code.size() : end + 1;
      out.back() += code.substr(i, stop - i);
      i = stop - 1;
    } else if (c == ';') {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

// [Red], [$-804], [>=100] vanish; [$¥-804] leaves its currency symbol.
std::string drop_brackets(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '"') {
      const size_t end = s.find('"', i + 1);
      const size_t stop = end == std::string_view::npos ? s.size() : end + 1;
      out += s.substr(i, stop - i);
      i = stop - 1;
    } else if (s[i] == '\\' || s[i] == '_' || s[i] == '*') {
      out += s.substr(i, 2);
      ++i;
    } else if (s[i] == '[') {
      const size_t end = s.find(']', i);
      if (end == std::string_view::npos) break;
      std::string_view inner = s.substr(i + 1, end - i - 1);
      if (inner.starts_with("$")) {
        inner.remove_prefix(1);
        const std::string_view symbol = inner.substr(0, inner.find('-'));
        if (!symbol.empty()) out += "\"" + std::string(symbol) + "\"";
      }
      i = end;
    } else {
      out += s[i];
    }
  }
  return out;
}

Section classify(std::string_view raw) {
  Section s{drop_brackets(raw)};
  for (size_t i = 0; i < s.code.size(); ++i) {
    const char c = s.code[i];
    if (c == '"') {
      const size_t end = s.code.find('"', i + 1);
      i = end == std::string::npos ? s.code.size() : end;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == 'y' || c == 'Y' || c == 'd' || c == 'D' || c == 'h' || c == 'H' || c == 's' ||
               c == 'S') {
      s.is_date = true;
    } else if (c == '0' || c == '#' || c == '?') {
      s.has_number = true;
    }
  }
  return s;
}

// ---------------------------------------------------------------- numbers

// Shown as General: at most 10 digits in all, no trailing zeros.
std::string general(const Decimal& v) {
  const std::string whole = v.round(0).to_string();
  const int int_digits = static_cast<int>(whole.size()) - (whole[0] == '-' ? 1 : 0);
  return v.round(std::max(0, 10 - int_digits)).to_string();
}

std::string group_thousands(const std::string& digits) {
  std::string out;
  const size_t n = digits.size();
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// The placeholders of a number section: how many digits it forces before
// and allows after the point, whether it groups thousands, percent signs.
struct NumberShape {
  int min_int = 0;
  int min_frac = 0;
  int max_frac = 0;
  bool grouped = false;
  int percents = 0;
};

NumberShape number_shape(const std::string& code) {
  NumberShape shape;
  bool after_point = false;
  bool seen_digit = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      const size_t end = code.find('"', i + 1);
      i = end == std::string::npos ? code.size() : end;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == '0' || c == '#' || c == '?') {
      seen_digit = true;
      if (after_point) {
        ++shape.max_frac;
        if (c == '0') shape.min_frac = shape.max_frac;
      } else if (c == '0') {
        ++shape.min_int;
      }
    } else if (c == '.' && seen_digit) {
      after_point = true;
    } else if (c == ',' && seen_digit && !after_point) {
      shape.grouped = true;
    } else if (c == '%') {
      ++shape.percents;
    }
  }
  return shape;
}

std::string number_text(Decimal v, const NumberShape& shape) {
  for (int i = 0; i < shape.percents; ++i) v = v * Decimal(100);
  std::string plain = v.to_fixed(shape.max_frac);  // never negative here
  std::string int_part = plain.substr(0, plain.find('.'));
  std::string frac = plain.find('.') == std::string::npos ? "" : plain.substr(plain.find('.') + 1);
  while (static_cast<int>(frac.size()) > shape.min_frac && !frac.empty() && frac.back() == '0') {
    frac.pop_back();
  }
  if (int_part == "0" && shape.min_int == 0) int_part.clear();
  while (static_cast<int>(int_part.size()) < shape.min_int) int_part.insert(0, "0");
  if (shape.grouped) int_part = group_thousands(int_part);
  return frac.empty() ? int_part : int_part + "." + frac;
}

// The section's literals with the number put where its first placeholder
// stands (placeholders, point and grouping commas consumed).
std::string place_number(const std::string& code, const std::string& number) {
  std::string out;
  bool placed = false;
  bool in_digits = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      const size_t end = code.find('"', i + 1);
      const size_t stop = end == std::string::npos ? code.size() : end;
      out += code.substr(i + 1, stop - i - 1);
      i = stop;
      in_digits = false;
    } else if (c == '\\') {
      if (i + 1 < code.size()) out += code[++i];
    } else if (c == '_') {
      ++i;
      out += ' ';
    } else if (c == '*') {
      ++i;
    } else if (c == '0' || c == '#' || c == '?') {
      if (!placed) out += number;
      placed = in_digits = true;
    } else if ((c == '.' || c == ',') && in_digits) {
      // part of the number
    } else if (c == '@') {
      // no text in a number
    } else {
      out += c;
      in_digits = false;
    }
  }
  return out;
}

// ------------------------------------------------------------------ dates

struct DateTime {
  int year = 1900, month = 1, day = 1, weekday = 0;  // weekday 0 = Sunday
  int hour = 0, minute = 0, second = 0;
};

// Civil date of day count `z` since 1970-01-01 (Howard Hinnant's algorithm).
void civil_from_days(long z, DateTime& dt) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  dt.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  dt.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  dt.year = static_cast<int>(yoe + era * 400 + (dt.month <= 2 ? 1 : 0));
}

DateTime from_serial(const Decimal& serial, bool date1904) {
  const Decimal seconds_total = (serial * Decimal(86400)).round(0);
  long long secs = seconds_total.to_int64();
  long days = static_cast<long>(secs / 86400);
  long rest = static_cast<long>(secs % 86400);
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  DateTime dt;
  if (!date1904 && days == 60) {  // Excel's 1900-02-29, a day that never was
    dt.year = 1900, dt.month = 2, dt.day = 29, dt.weekday = 3;
  } else {
    // Day 0 of the 1900 system is 1899-12-31, and from day 61 on one
    // phantom day is counted: serial 61 is 1900-03-01.
    const long epoch = date1904 ? -24107 : (days < 60 ? -25568 : -25569);
    civil_from_days(days + epoch, dt);
    dt.weekday = static_cast<int>(((days + epoch) % 7 + 11) % 7);  // 1970-01-01 was a Thursday
  }
  dt.hour = static_cast<int>(rest / 3600);
  dt.minute = static_cast<int>(rest / 60 % 60);
  dt.second = static_cast<int>(rest % 60);
  return dt;
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

constexpr std::array<const char*, 12> kMonths = {"January",   "February", "March",    "April",
                                                 "May",       "June",     "July",     "August",
                                                 "September", "October",  "November", "December"};
constexpr std::array<const char*, 7> kDays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                              "Thursday", "Friday", "Saturday"};

size_t run_of(const std::string& s, size_t i) {
  const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
  size_t j = i;
  while (j < s.size() && std::tolower(static_cast<unsigned char>(s[j])) == c) ++j;
  return j - i;
}

// Whether the 'm' run at `i` means minutes: after an h, or before an s.
bool is_minutes(const std::string& code, size_t i, bool after_hour) {
  if (after_hour) return true;
  for (size_t j = i; j < code.size(); ++j) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(code[j])));
    if (c == 's') return true;
    if (c == 'y' || c == 'd' || c == 'h') return false;
  }
  return false;
}

std::string date_text(const std::string& code, const DateTime& dt) {
  const bool twelve =
      code.find("AM/PM") != std::string::npos || code.find("上午/下午") != std::string::npos;
  std::string out;
  bool after_hour = false;
  for (size_t i = 0; i < code.size();) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(code[i])));
    if (code[i] == '"') {
      const size_t end = code.find('"', i + 1);
      const size_t stop = end == std::string::npos ? code.size() : end;
      out += code.substr(i + 1, stop - i - 1);
      i = stop + 1;
      continue;
    }
    if (code[i] == '\\' && i + 1 < code.size()) {
      out += code[i + 1];
      i += 2;
      continue;
    }
    if (code[i] == '_' || code[i] == '*') {
      out += code[i] == '_' ? " " : "";
      i += 2;
      continue;
    }
    if (code.compare(i, 5, "AM/PM") == 0) {
      out += dt.hour < 12 ? "AM" : "PM";
      i += 5;
      continue;
    }
    if (code.compare(i, 13, "上午/下午") == 0) {
      out += dt.hour < 12 ? "上午" : "下午";
      i += 13;
      continue;
    }
    const size_t n = run_of(code, i);
    const int hour = twelve ? (dt.hour % 12 == 0 ? 12 : dt.hour % 12) : dt.hour;
    if (c == 'y') {
      out += n <= 2 ? two(dt.year % 100) : std::to_string(dt.year);
    } else if (c == 'm' && is_minutes(code, i, after_hour)) {
      out += n >= 2 ? two(dt.minute) : std::to_string(dt.minute);
      after_hour = false;
    } else if (c == 'm') {
      const std::string name = kMonths[static_cast<size_t>(dt.month - 1)];
      out += n == 1   ? std::to_string(dt.month)
             : n == 2 ? two(dt.month)
             : n == 3 ? name.substr(0, 3)
                      : name;
    } else if (c == 'd') {
      const std::string name = kDays[static_cast<size_t>(dt.weekday)];
      out += n == 1   ? std::to_string(dt.day)
             : n == 2 ? two(dt.day)
             : n == 3 ? name.substr(0, 3)
                      : name;
    } else if (c == 'h') {
      out += n >= 2 ? two(hour) : std::to_string(hour);
      after_hour = true;
    } else if (c == 's') {
      out += n >= 2 ? two(dt.second) : std::to_string(dt.second);
    } else {
      out += code.substr(i, n);
    }
    i += n;
  }
  return out;
}

}  // namespace

std::string builtin_format_code(int id) {
  static const std::map<int, std::string> kCodes = {
      {1, "0"},
      {2, "0.00"},
      {3, "#,##0"},
      {4, "#,##0.00"},
      {5, "\"¥\"#,##0;\"¥\"-#,##0"},
      {6, "\"¥\"#,##0;[Red]\"¥\"-#,##0"},
      {7, "\"¥\"#,##0.00;\"¥\"-#,##0.00"},
      {8, "\"¥\"#,##0.00;[Red]\"¥\"-#,##0.00"},
      {9, "0%"},
      {10, "0.00%"},
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
      {46, "h:mm:ss"},
      {47, "mm:ss"},
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
  auto it = kCodes.find(id);
  return it == kCodes.end() ? "General" : it->second;
}

std::string shown_number(const Decimal& value, std::string_view code, bool date1904) {
  if (code.empty() || code == "General" || code == "@") return general(value);
  const std::vector<std::string> sections = split_sections(code);
  size_t pick = 0;
  bool sign_shown_by_section = false;
  if (value.sign() < 0 && sections.size() >= 2) {
    pick = 1;
    sign_shown_by_section = true;
  } else if (value.sign() == 0 && sections.size() >= 3) {
    pick = 2;
  }
  const Section s = classify(sections[pick]);
  if (s.is_date) {
    if (value.sign() < 0) return general(value);  // no date before the epoch
    return date_text(s.code, from_serial(value, date1904));
  }
  if (s.code.find_first_of("Ee/") != std::string::npos && s.has_number) return general(value);
  if (!s.has_number) return place_number(s.code, "");  // a section of text only
  const Decimal magnitude = value.sign() < 0 ? -value : value;
  const std::string number = number_text(magnitude, number_shape(s.code));
  const bool all_zero = number.find_first_not_of("0.,") == std::string::npos;
  const std::string minus = value.sign() < 0 && !sign_shown_by_section && !all_zero ? "-" : "";
  return minus + place_number(s.code, number);
}

}  // namespace formwork
