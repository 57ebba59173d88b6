#include "model/sheet_name.h"

#include <algorithm>
#include <cctype>

#include "util/forbidden_chars.h"
#include "util/utf8.h"

namespace formwork {
namespace {

bool is_forbidden(char32_t ch) {
  return ch == '[' || ch == ']' || ch == ':' || ch == '*' || ch == '?' || ch == '/' || ch == '\\';
}

bool equals_ignore_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

int utf16_units(char32_t ch) { return ch > 0xFFFF ? 2 : 1; }

}  // namespace

std::u32string cut_to_utf16_units(const std::u32string& s, int units) {
  std::u32string out;
  int used = 0;
  for (char32_t ch : s) {
    if (used + utf16_units(ch) > units) break;
    used += utf16_units(ch);
    out += ch;
  }
  return out;
}

std::string sanitize_sheet_name(std::string_view name) {
  std::u32string out;
  for (char32_t ch : utf8_to_u32(name)) {
    if (ch < 0x20 || is_forbidden_char(ch) || is_bidi_control(ch)) continue;
    out += is_forbidden(ch) ? U'_' : ch;
  }
  out = cut_to_utf16_units(out, kMaxSheetNameUnits);
  while (!out.empty() && out.front() == U'\'') out.erase(out.begin());
  while (!out.empty() && out.back() == U'\'') out.pop_back();
  std::string s = u32_to_utf8(out);
  if (s.empty()) return "Sheet1";
  if (equals_ignore_case(s, "History")) return "History_";
  return s;
}

}  // namespace formwork
