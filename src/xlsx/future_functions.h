#pragma once
// Functions Excel added in 2010 and later are stored with an "_xlfn."
// prefix (MS-XLSX [Excel (.xlsx) Extensions to the Office Open XML
// SpreadsheetML File Format] §2.2.2 Formulas, "future functions"); without
// it Excel and LibreOffice show #NAME? (LibreOffice 7.4 checked for RANK.EQ
// and IFS). libxlsxwriter 1.1.4 writes formulas as given.
#include <string>
#include <string_view>

namespace formwork {

/// `formula` (A1, with or without a leading '=') with "_xlfn." put before
/// every call of an Excel 2010+ function (RANK.EQ, STDEV.S, IFS, MAXIFS,
/// TEXTJOIN, CEILING.MATH, …; names compared case-insensitively, already
/// prefixed names and text in quotes left alone). Older functions (RANK,
/// SUM, IF, ROUND, SUMPRODUCT, COUNTIF…) are unchanged. Dynamic-array
/// functions (FILTER, SORT, UNIQUE) are not handled: they need array
/// formulas, which formwork does not write.
std::string add_future_prefixes(std::string_view formula);

}  // namespace formwork
