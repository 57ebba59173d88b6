#include "data/xlsx_table.h"

#include <zip.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <string_view>

#include "util/atomic_file.h"
#include "util/errors.h"
#include "util/zip_memory.h"

namespace formwork {
namespace {

// A part bigger than this is refused: a small workbook that inflates to
// gigabytes (a "zip bomb") must not exhaust memory.
constexpr zip_uint64_t kMaxPartBytes = 512ull << 20;

class Workbook {
 public:
  /// Opens the package held in `bytes` (which must outlive the workbook).
  Workbook(std::string_view bytes, std::string name) : name_(std::move(name)) {
    std::string why;
    zip_ = open_zip_in_memory(bytes, why);
    if (!zip_) throw DataError(name_ + " is not an XLSX workbook (" + why + ")");
  }

  const std::string& name() const { return name_; }

  /// The part's bytes, or nullopt when the package has no such part.
  std::optional<std::string> part(const std::string& part_name) const {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip_.get(), part_name.c_str(), 0, &st) != 0) return std::nullopt;
    if ((st.valid & ZIP_STAT_SIZE) == 0 || st.size > kMaxPartBytes) {
      throw DataError(name_ + ": part " + part_name + " is larger than " +
                      std::to_string(kMaxPartBytes >> 20) + " MB uncompressed");
    }
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen(zip_.get(), part_name.c_str(), 0),
                                                        zip_fclose);
    std::string out(st.size, '\0');
    if (!f || zip_fread(f.get(), out.data(), st.size) != static_cast<zip_int64_t>(st.size)) {
      throw DataError(name_ + ": part " + part_name + " cannot be read (damaged workbook)");
    }
    return out;
  }

  /// The part parsed as XML. Throws DataError when it is missing (and
  /// `required`) or not well-formed.
  pugi::xml_document xml(const std::string& part_name, bool required = true) const {
    pugi::xml_document doc;
    const std::optional<std::string> bytes = part(part_name);
    if (!bytes) {
      if (required) throw DataError(name_ + " is not an XLSX workbook (no " + part_name + ")");
      return doc;
    }
    const pugi::xml_parse_result r = doc.load_buffer(bytes->data(), bytes->size());
    if (!r) {
      throw DataError(name_ + ": part " + part_name + " is not well-formed XML (" +
                      r.description() + " at byte " + std::to_string(r.offset) + ")");
    }
    return doc;
  }

 private:
  std::string name_;
  ZipArchive zip_;
};

// The local name of an element: "x:row" and "row" alike (some writers
// prefix SpreadsheetML elements).
std::string_view local(const pugi::xml_node& n) {
  std::string_view name = n.name();
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& n, std::string_view name) {
  for (pugi::xml_node c : n.children()) {
    if (local(c) == name) return c;
  }
  return {};
}

// An attribute by local name (r:id and id alike).
pugi::xml_attribute attribute(const pugi::xml_node& n, std::string_view name) {
  for (pugi::xml_attribute a : n.attributes()) {
    std::string_view an = a.name();
    const size_t colon = an.find(':');
    if ((colon == std::string_view::npos ? an : an.substr(colon + 1)) == name) return a;
  }
  return {};
}

// The text of a string item (§18.4.8 si, or an inline is): its t and the t
// of its rich-text runs, without phonetic runs (rPh).
void append_text(const pugi::xml_node& n, std::string& out) {
  for (pugi::xml_node c : n.children()) {
    if (local(c) == "t") {
      out += c.text().get();
    } else if (local(c) == "r") {
      append_text(c, out);
    }
  }
}

std::vector<std::string> shared_strings(const Workbook& wb) {
  std::vector<std::string> out;
  pugi::xml_document doc = wb.xml("xl/sharedStrings.xml", false);
  for (pugi::xml_node si : child(doc, "sst").children()) {
    if (local(si) != "si") continue;
    out.emplace_back();
    append_text(si, out.back());
  }
  return out;
}

// "D7" → column 3 (0-based); nullopt when the reference has no letters.
std::optional<size_t> column_of(std::string_view ref) {
  size_t col = 0, i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) {
    col = col * 26 + static_cast<size_t>(ref[i] - 'A' + 1);
    if (col > 16384) return std::nullopt;  // beyond XFD
  }
  if (i == 0) return std::nullopt;
  return col - 1;
}

struct SheetRef {
  std::string name, part;
};

// The worksheets in workbook order with their part names (§18.2.20 sheet,
// resolved through xl/_rels/workbook.xml.rels).
std::vector<SheetRef> sheets_of(const Workbook& wb, bool& date1904) {
  pugi::xml_document book = wb.xml("xl/workbook.xml");
  pugi::xml_node root = child(book, "workbook");
  const std::string d1904 = attribute(child(root, "workbookPr"), "date1904").value();
  date1904 = d1904 == "1" || d1904 == "true";
  pugi::xml_document rels = wb.xml("xl/_rels/workbook.xml.rels");
  std::vector<SheetRef> out;
  for (pugi::xml_node s : child(root, "sheets").children()) {
    if (local(s) != "sheet") continue;
    const std::string id = attribute(s, "id").value();
    std::string target;
    for (pugi::xml_node r : child(rels, "Relationships").children()) {
      if (std::string_view(attribute(r, "Id").value()) == id)
        target = attribute(r, "Target").value();
    }
    if (target.empty()) continue;  // a chartsheet or a broken link: not a worksheet
    target = target.starts_with('/') ? target.substr(1) : "xl/" + target;
    out.push_back({attribute(s, "name").value(), target});
  }
  return out;
}

SheetRef pick(const std::vector<SheetRef>& sheets, const std::string& wanted,
              const std::string& file) {
  if (sheets.empty()) throw DataError(file + " has no worksheet");
  if (wanted.empty()) return sheets.front();
  std::string names;
  for (const SheetRef& s : sheets) {
    if (s.name == wanted) return s;
    names += (names.empty() ? "" : ", ") + s.name;
  }
  throw DataError(file + " has no sheet '" + wanted + "' (its sheets: " + names + ")");
}

std::optional<SheetCell> read_cell(const pugi::xml_node& c, const std::vector<std::string>& strings,
                                   const std::string& where) {
  const std::string_view type = attribute(c, "t").value();
  const pugi::xml_node v = child(c, "v");
  if (type == "inlineStr") {
    SheetCell cell;
    append_text(child(c, "is"), cell.text);
    return cell.text.empty() ? std::nullopt : std::optional(cell);
  }
  if (!v) return std::nullopt;
  const std::string text = v.text().get();
  if (type == "s") {
    char* end = nullptr;
    const unsigned long i = std::strtoul(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || i >= strings.size()) {
      throw DataError(where + ": shared string " + text + " does not exist (damaged workbook)");
    }
    if (strings[i].empty()) return std::nullopt;
    return SheetCell{strings[i], SheetCell::Kind::Text};
  }
  if (type == "str" || type == "d") return SheetCell{text, SheetCell::Kind::Text};
  if (type == "b") return SheetCell{text == "1" ? "TRUE" : "FALSE", SheetCell::Kind::Bool};
  if (type == "e") return SheetCell{text, SheetCell::Kind::Error};
  return SheetCell{text, SheetCell::Kind::Number};
}

}  // namespace

SheetTable read_xlsx_sheet(const std::string& path, const std::string& sheet) {
  const std::string bytes = read_file(path, "data");
  return read_xlsx_bytes(bytes, std::filesystem::path(path).filename().string(), sheet);
}

SheetTable read_xlsx_bytes(std::string_view bytes, const std::string& file,
                           const std::string& sheet) {
  Workbook wb(bytes, file);
  SheetTable table;
  table.file = wb.name();
  const SheetRef ref = pick(sheets_of(wb, table.date1904), sheet, table.file);
  table.sheet = ref.name;
  const std::vector<std::string> strings = shared_strings(wb);
  pugi::xml_document doc = wb.xml(ref.part);
  int row_number = 0;
  for (pugi::xml_node r : child(child(doc, "worksheet"), "sheetData").children()) {
    if (local(r) != "row") continue;
    const int n = attribute(r, "r").as_int(0);
    row_number = n > row_number ? n : row_number + 1;
    SheetRow row{row_number, {}};
    size_t next = 0;
    for (pugi::xml_node c : r.children()) {
      if (local(c) != "c") continue;
      const std::optional<size_t> col = column_of(attribute(c, "r").value());
      const size_t at = col ? *col : next;
      next = at + 1;
      const std::string where =
          table.file + " " + table.sheet + "!" + column_letters(at) + std::to_string(row_number);
      std::optional<SheetCell> cell = read_cell(c, strings, where);
      if (!cell) continue;
      if (row.cells.size() <= at) row.cells.resize(at + 1);
      row.cells[at] = std::move(cell);
    }
    if (!row.cells.empty()) table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace formwork
