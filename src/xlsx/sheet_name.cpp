#include "xlsx/sheet_name.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>

#include "model/sheet_name.h"
#include "util/utf8.h"

namespace formwork {
namespace {

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

std::string unique_sheet_name(std::string_view wanted, const std::vector<std::string>& taken) {
  const std::string base = sanitize_sheet_name(wanted);
  if (!is_taken(base, taken)) return base;
  const std::u32string base32 = utf8_to_u32(base);
  for (size_t n = 2;; ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    const int room = kMaxSheetNameUnits - static_cast<int>(suffix.size());
    std::string name = u32_to_utf8(cut_to_utf16_units(base32, room)) + suffix;
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
