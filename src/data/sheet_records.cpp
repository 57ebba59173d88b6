#include "data/sheet_records.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "data/csv_table.h"
#include "data/xlsx_table.h"
#include "model/json_pointer.h"
#include "util/atomic_file.h"
#include "util/decimal.h"
#include "util/errors.h"
#include "util/utf8.h"

namespace formwork {
namespace {

// Excel shows a number with at most 15 significant digits; a stored double
// such as 0.30000000000000004 is the 0.3 its user typed or computed.
constexpr int kExcelDigits = 15;

std::string pointer_of(const std::string& field) { return "/" + escape_pointer_token(field); }

std::string trim(const std::string& s) {
  const size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return "";
  return s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
}

// "1,234,567.50" → "1234567.50" when the commas group digits by three;
// the text unchanged otherwise.
std::string ungrouped(const std::string& s) {
  const size_t comma = s.find(',');
  if (comma == std::string::npos) return s;
  const size_t start = s[0] == '-' || s[0] == '+' ? 1 : 0;
  const size_t end = std::min(s.find('.'), s.size());
  if (comma == start || comma - start > 3) return s;
  std::string out = s.substr(0, comma);
  for (size_t i = comma; i < end; i += 4) {
    if (s[i] != ',' || i + 4 > end) return s;
    for (size_t k = i + 1; k < i + 4; ++k) {
      if (!std::isdigit(static_cast<unsigned char>(s[k]))) return s;
    }
    out += s.substr(i + 1, 3);
  }
  return out + s.substr(end);
}

size_t significant_digits(std::string_view text) {
  size_t n = 0;
  bool leading = true;
  for (char c : text) {
    if (c == 'e' || c == 'E') break;
    if (!std::isdigit(static_cast<unsigned char>(c))) continue;
    if (leading && c == '0') continue;
    leading = false;
    ++n;
  }
  return n;
}

std::optional<Decimal> stored_number(const std::string& text) {
  if (significant_digits(text) <= kExcelDigits) return Decimal::parse(text);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*g", kExcelDigits, std::strtod(text.c_str(), nullptr));
  return Decimal::parse(buf);
}

std::optional<bool> boolean(const std::string& text) {
  static const std::map<std::string, bool> kWords = {
      {"TRUE", true},   {"true", true}, {"True", true},   {"1", true},
      {"是", true},     {"yes", true},  {"FALSE", false}, {"false", false},
      {"False", false}, {"0", false},   {"否", false},    {"no", false}};
  const auto it = kWords.find(trim(text));
  return it == kWords.end() ? std::nullopt : std::optional(it->second);
}

// An Excel date serial as YYYY-MM-DD (ECMA-376 Part 1 §18.17.4.1): the
// 1900 system counts from 1899-12-31 and has Excel's phantom 1900-02-29
// (serial 60), the 1904 system counts from 1904-01-01.
std::optional<std::string> serial_date(const std::string& text, bool date1904) {
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || *end != '\0' || v < 0 || v > 2958465) return std::nullopt;
  long days = static_cast<long>(std::floor(v));
  using namespace std::chrono;
  sys_days base = sys_days(1904y / January / 1);
  if (!date1904) {
    if (days == 60) return std::nullopt;  // 1900-02-29 never existed
    base = sys_days(1899y / December / 31);
    if (days > 60) --days;
  }
  const year_month_day d{base + std::chrono::days(days)};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return std::string(buf);
}

/// A cell as its column's type, or the reason it cannot be.
struct Typed {
  Value value;
  std::string problem;
};

Typed typed(const SheetCell& c, ColumnType type, bool date1904) {
  if (c.kind == SheetCell::Kind::Error)
    return {{}, "the formula's result is an error (" + c.text + ")"};
  const bool stored = c.kind == SheetCell::Kind::Number;
  switch (type) {
    case ColumnType::Text:
      return {Value(c.text), ""};
    case ColumnType::Date:
      if (stored) {
        if (auto d = serial_date(c.text, date1904)) return {Value(*d), ""};
        return {{}, c.text + " is not a date serial"};
      }
      return {Value(trim(c.text)), ""};
    case ColumnType::Bool:
      if (auto b = boolean(c.text)) return {Value(*b), ""};
      return {{}, "\"" + c.text + "\" is not true or false (TRUE/FALSE, 是/否, 1/0)"};
    case ColumnType::Number: {
      const std::optional<Decimal> d =
          stored ? stored_number(c.text) : Decimal::parse(ungrouped(trim(c.text)));
      if (d) return {Value(*d), ""};
      return {{}, "\"" + c.text + "\" is not a number"};
    }
    case ColumnType::Any:
      break;
  }
  if (stored) {
    if (auto d = stored_number(c.text)) return {Value(*d), ""};
  }
  if (c.kind == SheetCell::Kind::Bool) return {Value(c.text == "TRUE"), ""};
  return {Value(c.text), ""};
}

/// --map: header text → field.
using HeaderMap = std::map<std::string, std::string>;

HeaderMap load_map(const std::string& path) {
  HeaderMap out;
  if (path.empty()) return out;
  const nlohmann::json j = nlohmann::json::parse(read_file(path, "--map file"), nullptr, false);
  if (!j.is_object()) {
    throw DataError("--map " + path + " must be a JSON object {\"header text\": \"field\", …}");
  }
  for (const auto& [header, field] : j.items()) {
    if (!field.is_string() || field.get<std::string>().empty()) {
      throw DataError("--map " + path + ": \"" + header + "\" must map to a field name");
    }
    out[header] = field.get<std::string>();
  }
  return out;
}

/// The field of each column ("" = a column without a header).
std::vector<std::string> fields_of(const SheetTable& t, const HeaderMap& map) {
  const SheetRow& header = t.rows.front();
  std::vector<std::string> fields;
  std::set<std::string> seen;
  for (size_t col = 0; col < header.cells.size(); ++col) {
    std::string name = header.cells[col] ? trim(header.cells[col]->text) : "";
    if (auto it = map.find(name); it != map.end()) name = it->second;
    if (!name.empty() && !seen.insert(name).second) {
      throw DataError(cell_place(t, header, col, "") + ": the field \"" + name +
                      "\" is named by two columns");
    }
    fields.push_back(name);
  }
  return fields;
}

/// A row on its way to a record (or to an item of a record's list): its
/// typed cells, each cell's place by pointer, what is wrong with it.
struct Draft {
  Object obj;
  std::vector<std::pair<std::string, std::string>> places;
  std::vector<std::string> problems;
};

std::string header_text(const SheetTable& t, size_t col) {
  const SheetRow& header = t.rows.front();
  return col < header.cells.size() && header.cells[col] ? header.cells[col]->text : "";
}

// The cells of `row` under `fields` typed by `types`; pointers start with
// `prefix` ("" for a record, "/费用/0" for an item); column `skip` (a
// --rows key) is left out.
Draft draft_of(const SheetTable& t, const SheetRow& row, const std::vector<std::string>& fields,
               const ColumnTypes& types, const std::string& prefix, size_t skip = SIZE_MAX) {
  Draft d;
  for (size_t col = 0; col < std::max(fields.size(), row.cells.size()); ++col) {
    if (col == skip) continue;
    const std::string field = col < fields.size() ? fields[col] : "";
    const std::string header = header_text(t, col);
    std::string place = cell_place(t, row, col, header);
    if (!t.sheet.empty() && !header.empty()) place += " (" + header + ")";
    const bool has = col < row.cells.size() && row.cells[col];
    if (field.empty()) {
      if (has) d.problems.push_back(place + ": a value in a column without a header");
      continue;
    }
    d.places.emplace_back(prefix + pointer_of(field), place);
    if (!has) continue;
    Typed v = typed(*row.cells[col], types.of(field), t.date1904);
    if (!v.problem.empty()) {
      d.problems.push_back(place + ": " + v.problem);
      continue;
    }
    d.obj.set(field, std::move(v.value));
  }
  return d;
}

Record record_of(Draft d, int index, int line) {
  Record rec;
  rec.index = index;
  rec.line = line;
  rec.places = std::move(d.places);
  if (d.problems.empty()) {
    rec.value = Value(std::move(d.obj));
    return rec;
  }
  for (const std::string& p : d.problems) rec.error += (rec.error.empty() ? "" : "\n  ") + p;
  return rec;
}

size_t column_of_field(const std::vector<std::string>& fields, const std::string& field) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (fields[i] == field) return i;
  }
  return SIZE_MAX;
}

std::string key_text(const SheetRow& row, size_t col) {
  return col < row.cells.size() && row.cells[col] ? trim(row.cells[col]->text) : "";
}

void require_header(const SheetTable& t) {
  if (t.rows.empty()) {
    throw DataError(t.file + (t.sheet.empty() ? "" : " " + t.sheet) +
                    " has no header row (the first row names the fields)");
  }
}

/// --rows FIELD=SOURCE:KEY.
struct RowsSpec {
  std::string field, source, key;
};

RowsSpec parse_spec(const std::string& spec) {
  const size_t eq = spec.find('='), colon = spec.rfind(':');
  if (eq == std::string::npos || eq == 0 || colon == std::string::npos || colon < eq + 2 ||
      colon + 1 == spec.size()) {
    throw UsageError("--rows " + spec + ": expected FIELD=SHEET:KEY or FIELD=FILE:KEY, e.g. " +
                     "费用=Sheet2:编号");
  }
  return {spec.substr(0, eq), spec.substr(eq + 1, colon - eq - 1), spec.substr(colon + 1)};
}

bool is_xlsx(const std::string& path) { return ascii_lower(path).ends_with(".xlsx"); }

// The file's table: worksheet `sheet` ("" = the first) of a workbook, or a
// CSV/TSV file read in `encoding`.
SheetTable read_table(const std::string& path, const std::string& sheet,
                      const std::string& encoding) {
  return is_xlsx(path) ? read_xlsx_sheet(path, sheet) : read_delimited(path, encoding);
}

// The table a --rows spec reads: a .csv/.tsv/.xlsx file, else a sheet of
// the data workbook.
SheetTable rows_table(const RowsSpec& spec, const std::string& data_path,
                      const DataOptions& options) {
  if (is_sheet_data(spec.source)) return read_table(spec.source, "", options.encoding);
  if (!is_xlsx(data_path)) {
    throw UsageError("--rows " + spec.field + "=" + spec.source + ":" + spec.key + ": " +
                     spec.source +
                     " is neither a .csv/.tsv/.xlsx file nor a sheet (DATA is not "
                     "a workbook)");
  }
  return read_xlsx_sheet(data_path, spec.source);
}

// Adds the rows of `spec` to the drafts as list field spec.field, each row
// to the record whose KEY cell holds the same text.
void attach_rows(std::vector<Draft>& drafts, const SheetTable& main,
                 const std::vector<std::string>& main_fields, const RowsSpec& spec,
                 const SheetTable& rows, const ColumnTypes& item_types, const HeaderMap& map) {
  const size_t main_key = column_of_field(main_fields, spec.key);
  if (main_key == SIZE_MAX) {
    throw DataError(main.file + ": no column names the --rows key " + spec.key);
  }
  std::map<std::string, size_t> record_of_key;
  for (size_t r = 1; r < main.rows.size(); ++r) {
    const std::string key = key_text(main.rows[r], main_key);
    if (!key.empty() && !record_of_key.emplace(key, r - 1).second) {
      throw DataError(cell_place(main, main.rows[r], main_key, spec.key) + ": the --rows key " +
                      spec.key + " " + key + " names two records");
    }
  }
  require_header(rows);
  const std::vector<std::string> fields = fields_of(rows, map);
  const size_t key_col = column_of_field(fields, spec.key);
  if (key_col == SIZE_MAX) {
    throw DataError(rows.file + (rows.sheet.empty() ? "" : " " + rows.sheet) +
                    ": no column names the --rows key " + spec.key);
  }
  std::vector<std::string> orphans;
  std::vector<Array> lists(drafts.size());
  for (size_t r = 1; r < rows.rows.size(); ++r) {
    const SheetRow& row = rows.rows[r];
    const auto it = record_of_key.find(key_text(row, key_col));
    if (it == record_of_key.end()) {
      orphans.push_back(cell_place(rows, row, key_col, spec.key) + ": " + spec.key + " \"" +
                        key_text(row, key_col) + "\" names no record");
      continue;
    }
    Draft& d = drafts[it->second];
    Array& list = lists[it->second];
    const std::string prefix = pointer_of(spec.field) + "/" + std::to_string(list.size());
    Draft item = draft_of(rows, row, fields, item_types, prefix, key_col);
    d.places.insert(d.places.end(), item.places.begin(), item.places.end());
    d.problems.insert(d.problems.end(), item.problems.begin(), item.problems.end());
    list.push_back(Value(std::move(item.obj)));
  }
  if (!orphans.empty()) {
    throw DataError("rows of " + spec.field + " that belong to no record", orphans);
  }
  for (size_t i = 0; i < drafts.size(); ++i) {
    if (!lists[i].empty()) drafts[i].obj.set(spec.field, Value(std::move(lists[i])));
  }
}

}  // namespace

bool is_sheet_data(const std::string& path) {
  const std::string name = ascii_lower(path);
  return name.ends_with(".csv") || name.ends_with(".tsv") || name.ends_with(".xlsx");
}

std::vector<Record> sheet_records(const SheetTable& table, const ColumnTypes& types,
                                  const std::string& map_path) {
  require_header(table);
  const std::vector<std::string> fields = fields_of(table, load_map(map_path));
  std::vector<Record> out;
  for (size_t r = 1; r < table.rows.size(); ++r) {
    out.push_back(record_of(draft_of(table, table.rows[r], fields, types, ""),
                            static_cast<int>(r - 1), table.rows[r].number));
  }
  return out;
}

std::vector<Record> load_sheet_records(const std::string& path, const DataOptions& options) {
  const SheetTable table = read_table(path, options.sheet, options.encoding);
  require_header(table);
  const HeaderMap map = load_map(options.map_path);
  const std::vector<std::string> fields = fields_of(table, map);
  const ColumnTypes types = ColumnTypes::load(options.schema_path);
  std::vector<Draft> drafts;
  for (size_t r = 1; r < table.rows.size(); ++r) {
    drafts.push_back(draft_of(table, table.rows[r], fields, types, ""));
  }
  for (const std::string& text : options.rows) {
    const RowsSpec spec = parse_spec(text);
    attach_rows(drafts, table, fields, spec, rows_table(spec, path, options),
                types.items(spec.field), map);
  }
  std::vector<Record> out;
  for (size_t i = 0; i < drafts.size(); ++i) {
    out.push_back(record_of(std::move(drafts[i]), static_cast<int>(i), table.rows[i + 1].number));
  }
  return out;
}

std::string locate_problem(const std::string& problem, const Record& record) {
  if (record.places.empty() || !problem.starts_with('/')) return problem;
  // The pointer ends at the label, the colon, or Chinese messages' "：".
  const size_t end = std::min(problem.find_first_of(" :"), problem.find("\uFF1A"));
  const std::string pointer = problem.substr(0, end);
  for (const auto& [p, place] : record.places) {
    if (pointer == p || pointer.starts_with(p + "/")) return place + ", " + problem;
  }
  return problem;
}

}  // namespace formwork
