#include "template/cell_value.h"

#include "expr/filters.h"
#include "expr/vi_format.h"

namespace formwork {

namespace {

const char* format_name(CellFormat format) {
  switch (format) {
    case CellFormat::Money:
      return "money";
    case CellFormat::Integer:
      return "integer";
    case CellFormat::Percent:
      return "percent";
    case CellFormat::Number:
      return "number";
    case CellFormat::Date:
      return "date";
    case CellFormat::None:
      break;
  }
  return "";
}

// A date cell: its spreadsheet serial as the number, the date as the
// locale writes it as the text.
std::string apply_date(const Value& v, CellValue& out, const SourceLoc& loc, FormLocale locale) {
  if (!v.is_string()) {
    throw TemplateError("cell value " + v.to_text() + " is " + std::string(v.type_name()) +
                            ", but format=\"date\" needs an ISO date such as 2023-02-05",
                        loc);
  }
  const std::string& iso = v.as_string();
  out.number = Decimal(spreadsheet_date_serial(iso));  // throws for a bad date: guarded
  return locale == FormLocale::ViVN ? format_date_numeric_vi(iso) : format_date_cn(iso);
}

}  // namespace

std::string number_format(CellFormat format, FormLocale locale) {
  switch (format) {
    case CellFormat::Money:
      return "#,##0.00";
    case CellFormat::Integer:
      return "0";
    case CellFormat::Percent:
      return "0.00%";
    case CellFormat::Number:
      return "General";
    case CellFormat::Date:
      return locale == FormLocale::ViVN ? "dd/mm/yyyy" : "yyyy\"年\"m\"月\"d\"日\"";
    case CellFormat::None:
      break;
  }
  return "";
}

std::string apply_cell_value(const Value& v, CellFormat format, CellValue& out,
                             const SourceLoc& loc, FormLocale locale) {
  out.number_format = number_format(format, locale);
  if (v.is_null()) return "";
  if (format == CellFormat::Date) return apply_date(v, out, loc, locale);
  if (v.is_array() || v.is_object()) {
    throw TemplateError("cell value is " + std::string(v.type_name()) + " " + v.to_json() +
                            ", expected a number or text",
                        loc);
  }
  if (!v.is_number()) {
    if (format == CellFormat::None) return v.to_text();
    throw TemplateError("cell value '" + v.to_text() + "' is " + std::string(v.type_name()) +
                            ", but format=\"" + format_name(format) + "\" needs a number",
                        loc);
  }
  const Decimal& d = v.as_number();
  out.number = d;
  const bool vi = locale == FormLocale::ViVN;
  switch (format) {
    case CellFormat::Money:
      return vi ? format_number_vi(d, 2) : format_money(d);
    case CellFormat::Integer:
      return d.round(0).to_string();
    case CellFormat::Percent:
      return vi ? format_percent_vi(d) : format_percent(d);
    case CellFormat::Number:
    case CellFormat::Date:
    case CellFormat::None:
      break;
  }
  return format_by_number_format(d, "General", locale);
}

}  // namespace formwork
