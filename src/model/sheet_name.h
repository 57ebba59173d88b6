#pragma once
// Worksheet names Excel accepts. In the model because the template names
// sheets (Document::sheet_name, SectionBreak::sheet_name) and the XLSX
// writer names them again when it makes them unique; both use this.
#include <string>
#include <string_view>

namespace formwork {

/// A worksheet name Excel accepts (ECMA-376 Part 1 §18.2.19 sheet@name and
/// Excel's rules): the characters [ ] : * ? / \ become '_', control
/// characters, the other forbidden characters of util/forbidden_chars.h and
/// bidirectional formatting characters (is_bidi_control) are dropped,
/// leading/trailing apostrophes are removed, the result is cut to 31 UTF-16
/// code units without splitting a character, and an empty result or the
/// reserved name "History" becomes "Sheet1"/"History_".
std::string sanitize_sheet_name(std::string_view name);

/// Excel's limit on a worksheet name, in UTF-16 code units.
inline constexpr int kMaxSheetNameUnits = 31;

/// The longest prefix of `s` within `units` UTF-16 code units, whole
/// characters only.
std::u32string cut_to_utf16_units(const std::u32string& s, int units);

}  // namespace formwork
