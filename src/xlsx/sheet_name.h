#pragma once
// Worksheet names: what Excel accepts, unique within a workbook, and how a
// formula names another worksheet.
#include <string>
#include <string_view>
#include <vector>

#include "model/sheet_name.h"  // sanitize_sheet_name

namespace formwork {

/// sanitize_sheet_name(wanted), made different from every name in `taken`
/// ignoring case, as Excel compares sheet names (ICU full case folding, so
/// "Ä" and "ä" collide too): the second "名称" becomes "名称 (2)", the third
/// "名称 (3)", the base cut so the whole stays within 31 UTF-16 code units.
std::string unique_sheet_name(std::string_view wanted, const std::vector<std::string>& taken);

/// The prefix that makes a formula reference point at worksheet `name`:
/// 'name'! with each apostrophe doubled (the quoted sheet-name form of the
/// formula grammar, ECMA-376 Part 1 §18.17.2; quoting is always allowed).
std::string sheet_ref_prefix(std::string_view name);

}  // namespace formwork
