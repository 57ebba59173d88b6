#pragma once
// A cell's typed value (value= and format=) → CellValue and shown text
// (private to the template module).
#include <string>

#include "model/document.h"
#include "model/form_locale.h"
#include "model/value.h"
#include "template/template_node.h"

namespace formwork {

/// Stores `v` in `out` according to `format` and returns the text the cell
/// shows when it has no content of its own, written as `locale` writes
/// numbers (zh-CN shown; vi-VN: 1.234,50, 40,87%, 0,3):
///   money   → number, "#,##0.00", format_money(v)      ("1,234.50")
///   integer → number, "0",        v rounded half away   ("12")
///   percent → number, "0.00%",    format_percent(v)     ("40.87%")
///   number  → number, "General",  Decimal::to_string    ("0.3")
///   date    → an ISO date's spreadsheet serial (44962), "yyyy"年"m"月"d"日""
///             (vi-VN "dd/mm/yyyy"), format_date_cn ("2023年2月5日"; vi-VN
///             "05/02/2023"); anything but an ISO date from 1900-03-01 on is
///             an error
///   none    → number (if v is one), no format, Value::to_text.
/// null gives an empty cell. Throws TemplateError at `loc` when a format is
/// given and `v` is not a number, or when `v` is a list or an object.
std::string apply_cell_value(const Value& v, CellFormat format, CellValue& out,
                             const SourceLoc& loc, FormLocale locale = FormLocale::ZhCN);

/// The spreadsheet number format for `format` ("" for none) under `locale`.
std::string number_format(CellFormat format, FormLocale locale = FormLocale::ZhCN);

}  // namespace formwork
