#include "xlsx/sheet_name.h"

#include <algorithm>
#include <cctype>

#include "util/utf8.h"

namespace formwork {
namespace {

constexpr int kMaxUnits = 31;  // Excel's limit, counted in UTF-16 code units

bool is_forbidden(char32_t ch) {
  return ch == '[' || ch == ']' || ch == ':' || ch == '*' || ch == '?' || ch == '/' || ch == '\\';
}

bool equals_ignore_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::string sanitize_sheet_name(std::string_view name) {
  std::u32string out;
  int units = 0;
  for (char32_t ch : utf8_to_u32(name)) {
    if (ch < 0x20 || ch == 0x7f) continue;
    if (is_forbidden(ch)) ch = '_';
    const int need = ch > 0xFFFF ? 2 : 1;
    if (units + need > kMaxUnits) break;
    units += need;
    out += ch;
  }
  while (!out.empty() && out.front() == U'\'') out.erase(out.begin());
  while (!out.empty() && out.back() == U'\'') out.pop_back();
  std::string s = u32_to_utf8(out);
  if (s.empty()) return "Sheet1";
  if (equals_ignore_case(s, "History")) return "History_";
  return s;
}

}  // namespace formwork
