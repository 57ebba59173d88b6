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
    case CellFormat::None:
      break;
  }
  return "";
}

}  // namespace

std::string number_format(CellFormat format) {
  switch (format) {
    case CellFormat::Money:
      return "#,##0.00";
    case CellFormat::Integer:
      return "0";
    case CellFormat::Percent:
      return "0.00%";
    case CellFormat::Number:
      return "General";
    case CellFormat::None:
      break;
  }
  return "";
}

std::string apply_cell_value(const Value& v, CellFormat format, CellValue& out,
                             const SourceLoc& loc, FormLocale locale) {
  out.number_format = number_format(format);
  if (v.is_null()) return "";
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
    case CellFormat::None:
      break;
  }
  return format_by_number_format(d, "General", locale);
}

}  // namespace formwork
