#pragma once
#include <string>
#include <string_view>

namespace formwork {

/// A worksheet name Excel accepts (ECMA-376 Part 1 §18.2.19 sheet@name and
/// Excel's rules): the characters [ ] : * ? / \ become '_', control
/// characters are dropped, leading/trailing apostrophes are removed, the
/// result is cut to 31 UTF-16 code units without splitting a character, and
/// an empty result or the reserved name "History" becomes "Sheet1"/"History_".
std::string sanitize_sheet_name(std::string_view name);

}  // namespace formwork
