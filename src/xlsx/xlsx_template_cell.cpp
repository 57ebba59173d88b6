#include "xlsx/xlsx_template_cell.h"

namespace formwork {

namespace {

bool builtin_date(int id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
         (id >= 50 && id <= 58);
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
// days_from_civil).
long days_from_civil(long y, long m, long d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

bool leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::optional<long> digits(std::string_view s) {
  long n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

void set_type(pugi::xml_node c, const char* type) {
  pugi::xml_attribute t = c.attribute("t");
  if (!t) t = c.append_attribute("t");
  t = type;
}

}  // namespace

bool is_date_format(int id, std::string_view code) {
  if (builtin_date(id)) return true;
  if (id < 164) return false;
  for (size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == '"') {
      size_t end = code.find('"', i + 1);
      if (end == std::string_view::npos) return false;
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is literal (or padding)
    } else if (c == '[') {
      size_t end = code.find(']', i);
      if (end == std::string_view::npos) return false;
      i = end;
    } else if (c == 'y' || c == 'Y' || c == 'd' || c == 'D') {
      return true;
    }
  }
  return false;
}

std::optional<long> date_serial(std::string_view iso, bool date1904) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  auto y = digits(iso.substr(0, 4)), m = digits(iso.substr(5, 2)), d = digits(iso.substr(8, 2));
  if (!y || !m || !d || *m < 1 || *m > 12 || *d < 1) return std::nullopt;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (*d > kDays[*m - 1] + (*m == 2 && leap(*y))) return std::nullopt;
  const long days = days_from_civil(*y, *m, *d);
  if (date1904) {
    long serial = days - days_from_civil(1904, 1, 1);
    return serial >= 0 ? std::optional<long>(serial) : std::nullopt;
  }
  // Excel counts 1900 as a leap year (Lotus 1-2-3's bug, kept by §18.17.4.1):
  // from 1900-03-01 on, serials are one higher than a true day count.
  if (days >= days_from_civil(1900, 3, 1)) return days - days_from_civil(1899, 12, 30);
  long serial = days - days_from_civil(1899, 12, 31);
  return serial >= 1 ? std::optional<long>(serial) : std::nullopt;
}

void clear_cell(pugi::xml_node c) {
  c.remove_attribute("t");
  for (const char* name : {"f", "v", "is"}) {
    while (pugi::xml_node n = c.child(name)) c.remove_child(n);
  }
}

void set_cell_text(pugi::xml_node c, std::string_view text) {
  clear_cell(c);
  set_type(c, "inlineStr");
  pugi::xml_node t = c.prepend_child("is").append_child("t");
  t.append_attribute("xml:space") = "preserve";
  t.text().set(std::string(text).c_str());
}

std::optional<std::string> set_cell_value(pugi::xml_node c, const Value& v, const TypedCell& how) {
  clear_cell(c);
  if (v.is_null()) return std::nullopt;
  if (v.is_number()) {
    c.prepend_child("v").text().set(v.as_number().to_string().c_str());
    return std::nullopt;
  }
  if (v.is_bool()) {
    set_type(c, "b");
    c.prepend_child("v").text().set(v.as_bool() ? "1" : "0");
    return std::nullopt;
  }
  if (v.is_string() && how.date_format) {
    if (std::optional<long> serial = date_serial(v.as_string(), how.date1904)) {
      c.prepend_child("v").text().set(std::to_string(*serial).c_str());
      return std::nullopt;
    }
  }
  return v.to_text();
}

}  // namespace formwork
