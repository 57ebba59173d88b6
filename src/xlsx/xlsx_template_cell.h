#pragma once
// Writing one filled cell of an XLSX template (xlsx_template.h): a value
// from the record becomes a typed cell (§18.3.1.4 c: a number, a boolean,
// a date serial, text) in the cell's own style, never a formula.
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "model/value.h"

namespace formwork {

/// Whether number format `id` (§18.8.30 numFmt; 14–22, 27–36, 45–47 and
/// 50–58 are the built-in date and time formats, East Asian ones
/// included) with format code `code` (custom formats, id ≥ 164) shows a
/// date: the code holds y or d outside "quoted text", \escapes and
/// [brackets].
bool is_date_format(int id, std::string_view code);

/// The serial number of ISO date "YYYY-MM-DD" in the 1900 date system
/// (1900-01-01 is 1; Excel's phantom 1900-02-29 counted from March 1900
/// on) or, when `date1904`, the 1904 system (1904-01-01 is 0), §18.17.4.1.
/// nullopt for anything else or a date before the system's first day.
std::optional<long> date_serial(std::string_view iso, bool date1904);

/// Removes what cell `c` holds (<v>, <is>, <f>, t=), keeping its position
/// and style: an empty cell.
void clear_cell(pugi::xml_node c);

/// Writes `text` into `c` as an inline string (t="inlineStr", <is><t>),
/// white space preserved.
void set_cell_text(pugi::xml_node c, std::string_view text);

/// What a typed value needs to be written.
struct TypedCell {
  bool date_format = false;  ///< the cell's number format shows dates
  bool date1904 = false;     ///< workbookPr@date1904
};

/// Writes `v` (the value of a cell holding exactly one text tag) into `c`:
/// a number as <v> with its exact decimal text, a boolean as t="b", an ISO
/// date string in a date-formatted cell as its serial, null as an empty
/// cell; anything else is given back (as its text) for set_cell_text.
std::optional<std::string> set_cell_value(pugi::xml_node c, const Value& v, const TypedCell& how);

}  // namespace formwork
