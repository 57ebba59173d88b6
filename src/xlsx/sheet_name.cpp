#include "xlsx/sheet_name.h"

#include <unicode/unistr.h>

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

int utf16_units(char32_t ch) { return ch > 0xFFFF ? 2 : 1; }

/// The longest prefix of `s` within `units` UTF-16 code units, whole
/// characters only.
std::u32string cut_to_units(const std::u32string& s, int units) {
  std::u32string out;
  int used = 0;
  for (char32_t ch : s) {
    if (used + utf16_units(ch) > units) break;
    used += utf16_units(ch);
    out += ch;
  }
  return out;
}

/// Case-folded form for Excel's case-insensitive sheet name comparison.
icu::UnicodeString folded(std::string_view s) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  return u.foldCase();
}

bool is_taken(const std::string& name, const std::vector<std::string>& taken) {
  const icu::UnicodeString key = folded(name);
  return std::any_of(taken.begin(), taken.end(),
                     [&](const std::string& t) { return folded(t) == key; });
}

}  // namespace

std::string sanitize_sheet_name(std::string_view name) {
  std::u32string out;
  for (char32_t ch : utf8_to_u32(name)) {
    if (ch < 0x20 || ch == 0x7f) continue;
    out += is_forbidden(ch) ? U'_' : ch;
  }
  out = cut_to_units(out, kMaxUnits);
  while (!out.empty() && out.front() == U'\'') out.erase(out.begin());
  while (!out.empty() && out.back() == U'\'') out.pop_back();
  std::string s = u32_to_utf8(out);
  if (s.empty()) return "Sheet1";
  if (equals_ignore_case(s, "History")) return "History_";
  return s;
}

std::string unique_sheet_name(std::string_view wanted, const std::vector<std::string>& taken) {
  const std::string base = sanitize_sheet_name(wanted);
  if (!is_taken(base, taken)) return base;
  const std::u32string base32 = utf8_to_u32(base);
  for (size_t n = 2;; ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    const int room = kMaxUnits - static_cast<int>(suffix.size());
    std::string name = u32_to_utf8(cut_to_units(base32, room)) + suffix;
    if (!is_taken(name, taken)) return name;
  }
}

std::string sheet_ref_prefix(std::string_view name) {
  std::string out = "'";
  for (char ch : name) {
    out += ch;
    if (ch == '\'') out += '\'';
  }
  return out + "'!";
}

}  // namespace formwork
