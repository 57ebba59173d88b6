#include "xlsx/workbook_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <map>
#include <pugixml.hpp>
#include <tuple>

#include "ooxml/package_reader.h"
#include "ooxml/xml_read.h"
#include "util/errors.h"
#include "util/forbidden_chars.h"
#include "util/utf8.h"
#include "xlsx/header_footer_text.h"
#include "xlsx/sheet_grid.h"
#include "xlsx/shown_value.h"

namespace formwork {

namespace {

using ooxml::attr_value;
using ooxml::child;
using ooxml::is;

constexpr double kMmPerInch = 25.4;

// Warnings, each kind once, in the order first met.
struct Warnings {
  std::vector<std::string> list;
  void add(const std::string& w) {
    if (std::find(list.begin(), list.end(), w) == list.end()) list.push_back(w);
  }
};

struct Workbook {
  OpcPackage package;
  std::string part;  // "xl/workbook.xml"
  Relationships rels;
  bool date1904 = false;
  pugi::xml_document shared_strings;
  std::vector<pugi::xml_node> strings;  // the si elements
  std::vector<CellFormat> formats;
  explicit Workbook(std::string_view bytes) : package(bytes) {}
};

pugi::xml_document parsed(const Workbook& wb, const std::string& part, bool required) {
  pugi::xml_document doc;
  std::optional<std::string> bytes = wb.package.part(part);
  if (!bytes) {
    if (required) throw TemplateError("the workbook has no part " + part, SourceLoc{});
    return doc;
  }
  ooxml::parse_part(doc, *bytes, part);
  return doc;
}

// "A1" → (row 0, col 0); nullopt when it is not a cell reference.
std::optional<std::pair<int, int>> cell_ref(std::string_view ref) {
  size_t i = 0;
  int col = 0;
  while (i < ref.size() && ref[i] == '$') ++i;
  while (i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i]))) {
    col = col * 26 + (std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
    ++i;
  }
  if (i < ref.size() && ref[i] == '$') ++i;
  if (col == 0 || i >= ref.size()) return std::nullopt;
  const int row = std::atoi(std::string(ref.substr(i)).c_str());
  if (row <= 0) return std::nullopt;
  return std::pair{row - 1, col - 1};
}

std::string clean(std::string_view text) { return nfc(normalize_run_text(text, true)); }

// The runs of a string item (§18.4.8 si, §18.3.1.53 is): plain <t> or rich <r>.
std::vector<Run> string_runs(const pugi::xml_node& si, const TextStyle& base) {
  std::vector<Run> runs;
  for (pugi::xml_node n = si.first_child(); n; n = n.next_sibling()) {
    if (is(n, "t")) {
      runs.push_back(Run{clean(n.text().get()), base});
    } else if (is(n, "r")) {
      runs.push_back(Run{clean(child(n, "t").text().get()), run_font(child(n, "rPr"), base)});
    }
  }
  return runs;
}

std::optional<Decimal> number_of(std::string_view v) {
  if (std::optional<Decimal> d = Decimal::parse(v)) return d;
  char* end = nullptr;
  const std::string s(v);
  const double x = std::strtod(s.c_str(), &end);  // "1.5E-3" as a spreadsheet stores it
  if (end == s.c_str() || *end != '\0' || !std::isfinite(x)) return std::nullopt;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.15g", x);
  return Decimal::parse(buf);
}

GridCell read_cell(const Workbook& wb, const pugi::xml_node& c) {
  GridCell g;
  g.format = static_cast<size_t>(std::atoi(std::string(attr_value(c, "s")).c_str()));
  const CellFormat& f = g.format < wb.formats.size() ? wb.formats[g.format] : wb.formats[0];
  const std::string_view type = attr_value(c, "t");
  const std::string v = child(c, "v").text().get();
  if (type == "s") {
    const size_t i = static_cast<size_t>(std::atoi(v.c_str()));
    if (i < wb.strings.size()) g.runs = string_runs(wb.strings[i], f.font);
  } else if (type == "inlineStr") {
    g.runs = string_runs(child(c, "is"), f.font);
  } else if (type == "str" || type == "e") {
    g.runs.push_back(Run{clean(v), f.font});
  } else if (type == "b") {
    g.runs.push_back(Run{v == "1" ? "TRUE" : "FALSE", f.font});
  } else if (!v.empty()) {
    g.number = number_of(v);
    if (g.number)
      g.runs.push_back(Run{shown_number(*g.number, f.number_format, wb.date1904), f.font});
  }
  return g;
}

PageSetup page_of(const pugi::xml_node& ws, const std::string& sheet, Warnings& warn) {
  static const std::map<int, std::pair<double, double>> kPaper = {
      {1, {215.9, 279.4}}, {5, {215.9, 355.6}}, {8, {297, 420}},  {9, {210, 297}},
      {11, {148, 210}},    {12, {257, 364}},    {13, {182, 257}},
  };
  PageSetup page;
  const pugi::xml_node setup = child(ws, "pageSetup");
  auto paper = kPaper.find(std::atoi(std::string(attr_value(setup, "paperSize")).c_str()));
  if (paper != kPaper.end()) std::tie(page.width_mm, page.height_mm) = paper->second;
  if (attr_value(setup, "orientation") == "landscape") {
    std::swap(page.width_mm, page.height_mm);
    page.landscape = true;
  }
  const pugi::xml_node m = child(ws, "pageMargins");
  auto inch = [&](const char* name, double fallback) {
    const std::string_view v = attr_value(m, name);
    return (v.empty() ? fallback : std::atof(std::string(v).c_str())) * kMmPerInch;
  };
  page.margin_left_mm = inch("left", 0.7);
  page.margin_right_mm = inch("right", 0.7);
  page.margin_top_mm = inch("top", 0.75);
  page.margin_bottom_mm = inch("bottom", 0.75);
  const pugi::xml_node hf = child(ws, "headerFooter");
  std::vector<std::string> not_shown;
  page.header = margin_text(child(hf, "oddHeader").text().get(), sheet, not_shown);
  page.footer = margin_text(child(hf, "oddFooter").text().get(), sheet, not_shown);
  // The line sits `header` inches from the page edge (§18.3.1.62).
  const double header_gap =
      page.margin_top_mm - inch("header", 0.3) - page.header.size_pt * 25.4 / 72;
  const double footer_gap =
      page.margin_bottom_mm - inch("footer", 0.3) - page.footer.size_pt * 25.4 / 72;
  page.header.distance_mm = std::max(0.0, header_gap);
  page.footer.distance_mm = std::max(0.0, footer_gap);
  page.header.own_face_for_latin = page.footer.own_face_for_latin = false;
  for (const std::string& what : not_shown) {
    warn.add("headers and footers: " + what + " cannot be printed the same way and is left out");
  }
  if (child(hf, "firstHeader") || child(hf, "firstFooter") || child(hf, "evenHeader") ||
      child(hf, "evenFooter")) {
    warn.add("first-page and even-page headers and footers are printed as the odd-page ones");
  }
  return page;
}

// Excel's column width in characters of the default font's digit (7 px at
// 96 dpi, with 5 px of padding already in a stored width) → mm.
double width_mm(double chars) {
  const double px = std::floor((256 * chars + std::floor(128.0 / 7)) / 256 * 7);
  return px * kMmPerInch / 96;
}

struct Area {
  int row1 = 0, col1 = 0, row2 = -1, col2 = -1;
};

std::optional<Area> print_area(const pugi::xml_node& workbook, size_t sheet_index) {
  for (pugi::xml_node n = child(child(workbook, "definedNames"), "definedName"); n;
       n = n.next_sibling()) {
    if (attr_value(n, "name") != "_xlnm.Print_Area") continue;
    if (std::atoi(std::string(attr_value(n, "localSheetId")).c_str()) !=
        static_cast<int>(sheet_index)) {
      continue;
    }
    std::string text = n.text().get();
    text = text.substr(0, text.find(','));  // the first area of several
    const size_t bang = text.rfind('!');
    const std::string range = bang == std::string::npos ? text : text.substr(bang + 1);
    const size_t colon = range.find(':');
    auto a = cell_ref(range.substr(0, colon));
    auto b = colon == std::string::npos ? a : cell_ref(range.substr(colon + 1));
    if (a && b) return Area{a->first, a->second, b->first, b->second};
  }
  return std::nullopt;
}

void note_unshown(const pugi::xml_node& ws, Warnings& warn) {
  if (child(ws, "drawing"))
    warn.add("pictures, charts and shapes are not shown in PDF, DOCX and TXT");
  if (child(ws, "legacyDrawing")) warn.add("comments are not printed");
  if (child(ws, "conditionalFormatting")) {
    warn.add("conditional formats are not applied in PDF, DOCX and TXT");
  }
}

void read_columns(const pugi::xml_node& ws, SheetGrid& g, std::vector<bool>& hidden_col,
                  int last_col) {
  const pugi::xml_node format = child(ws, "sheetFormatPr");
  const std::string_view dflt = attr_value(format, "defaultColWidth");
  const double default_chars =
      dflt.empty() ? std::atof(std::string(attr_value(format, "baseColWidth")).c_str()) + 0.71
                   : std::atof(std::string(dflt).c_str());
  std::vector<double> chars(static_cast<size_t>(last_col + 1),
                            default_chars > 0.71 ? default_chars : 8.43);
  hidden_col.assign(static_cast<size_t>(last_col + 1), false);
  for (pugi::xml_node c = child(child(ws, "cols"), "col"); c; c = c.next_sibling()) {
    const int lo = std::atoi(std::string(attr_value(c, "min")).c_str()) - 1;
    const int hi = std::atoi(std::string(attr_value(c, "max")).c_str()) - 1;
    const std::string_view w = attr_value(c, "width");
    const std::string_view h = attr_value(c, "hidden");
    for (int k = std::max(0, lo); k <= std::min(hi, last_col); ++k) {
      if (!w.empty()) chars[static_cast<size_t>(k)] = std::atof(std::string(w).c_str());
      hidden_col[static_cast<size_t>(k)] = h == "1" || h == "true";
    }
  }
  for (int k = 0; k <= last_col; ++k) g.col_width_mm[k] = width_mm(chars[static_cast<size_t>(k)]);
}

SheetGrid read_sheet(const Workbook& wb, const pugi::xml_node& workbook, const std::string& part,
                     const std::string& name, size_t index, Warnings& warn) {
  pugi::xml_document doc = parsed(wb, part, true);
  const pugi::xml_node ws = doc.document_element();
  SheetGrid g;
  g.name = name;
  g.page = page_of(ws, name, warn);
  const pugi::xml_node setup_pr = child(child(ws, "sheetPr"), "pageSetUpPr");
  const std::string_view fit = attr_value(setup_pr, "fitToPage");
  g.fit_to_width =
      (fit == "1" || fit == "true") && attr_value(child(ws, "pageSetup"), "fitToWidth") != "0";
  note_unshown(ws, warn);

  const double default_ht = [&] {
    const double h =
        std::atof(std::string(attr_value(child(ws, "sheetFormatPr"), "defaultRowHeight")).c_str());
    return h > 0 ? h : 15.0;
  }();
  Area used{std::numeric_limits<int>::max(), std::numeric_limits<int>::max(), -1, -1};
  std::map<int, std::pair<double, bool>> row_info;  // height pt, hidden
  for (pugi::xml_node r = child(child(ws, "sheetData"), "row"); r; r = r.next_sibling()) {
    if (!is(r, "row")) continue;
    const int row = std::atoi(std::string(attr_value(r, "r")).c_str()) - 1;
    const std::string_view ht = attr_value(r, "ht");
    const std::string_view hidden = attr_value(r, "hidden");
    row_info[row] = {ht.empty() ? default_ht : std::atof(std::string(ht).c_str()),
                     hidden == "1" || hidden == "true"};
    for (pugi::xml_node c = child(r, "c"); c; c = c.next_sibling()) {
      if (!is(c, "c")) continue;
      const auto ref = cell_ref(attr_value(c, "r"));
      if (!ref) continue;
      GridCell cell = read_cell(wb, c);
      const CellFormat& f =
          cell.format < wb.formats.size() ? wb.formats[cell.format] : wb.formats[0];
      if (!f.face_known && !cell.empty()) {
        warn.add("the font " + f.face + " has no formwork font role and is printed in 宋体");
      }
      if (!cell.empty() || f.border_sides > 0) {
        used = Area{std::min(used.row1, ref->first), std::min(used.col1, ref->second),
                    std::max(used.row2, ref->first), std::max(used.col2, ref->second)};
      }
      g.cells[*ref] = std::move(cell);
    }
  }
  for (pugi::xml_node m = child(child(ws, "mergeCells"), "mergeCell"); m; m = m.next_sibling()) {
    const std::string ref = std::string(attr_value(m, "ref"));
    const size_t colon = ref.find(':');
    auto a = cell_ref(ref.substr(0, colon));
    auto b = colon == std::string::npos ? a : cell_ref(ref.substr(colon + 1));
    if (a && b) g.merges.push_back(Merge{a->first, a->second, b->first, b->second});
  }
  const Area area = print_area(workbook, index).value_or(used);
  std::vector<bool> hidden_col;
  read_columns(ws, g, hidden_col, std::max(area.col2, 0));
  for (int row = area.row1; row <= area.row2; ++row) {
    auto info = row_info.find(row);
    if (info != row_info.end() && info->second.second) continue;
    g.rows.push_back(row);
    g.row_height_pt[row] = info == row_info.end() ? default_ht : info->second.first;
  }
  for (int col = area.col1; col <= area.col2; ++col) {
    if (!hidden_col[static_cast<size_t>(col)]) g.cols.push_back(col);
  }
  return g;
}

std::string core_title(const Workbook& wb) {
  pugi::xml_document core = parsed(wb, "docProps/core.xml", false);
  return clean(ooxml::descendant(core, "title").text().get());
}

void read_strings_and_styles(Workbook& wb) {
  const std::string strings_part = related_part(wb.rels, "sharedStrings");
  if (!strings_part.empty()) {
    wb.shared_strings = parsed(wb, strings_part, false);
    for (pugi::xml_node si = wb.shared_strings.document_element().first_child(); si;
         si = si.next_sibling()) {
      if (is(si, "si")) wb.strings.push_back(si);
    }
  }
  const std::string styles_part = related_part(wb.rels, "styles");
  pugi::xml_document styles;
  if (!styles_part.empty()) styles = parsed(wb, styles_part, false);
  wb.formats = read_cell_formats(styles.document_element());
}

void add_sheet(Document& doc, SheetGrid grid, const std::vector<CellFormat>& formats) {
  std::vector<Block> blocks = sheet_blocks(grid, formats);
  if (doc.sheet_name.empty()) {
    doc.sheet_name = grid.name;
    doc.page = grid.page;
  } else {
    doc.blocks.emplace_back(SectionBreak{grid.page, grid.name});
  }
  for (Block& b : blocks) doc.blocks.push_back(std::move(b));
}

}  // namespace

WorkbookReading read_workbook(std::string_view bytes) {
  Workbook wb(bytes);
  wb.part = related_part(wb.package.relationships(""), "officeDocument");
  if (wb.part.empty()) wb.part = "xl/workbook.xml";
  wb.rels = wb.package.relationships(wb.part);
  pugi::xml_document book = parsed(wb, wb.part, true);
  const pugi::xml_node workbook = book.document_element();
  const std::string_view d1904 = attr_value(child(workbook, "workbookPr"), "date1904");
  wb.date1904 = d1904 == "1" || d1904 == "true";
  read_strings_and_styles(wb);

  WorkbookReading out;
  Warnings warn;
  size_t index = 0;
  for (pugi::xml_node s = child(child(workbook, "sheets"), "sheet"); s;
       s = s.next_sibling(), ++index) {
    const std::string name = clean(attr_value(s, "name"));
    if (!attr_value(s, "state").empty() && attr_value(s, "state") != "visible") {
      warn.add("hidden worksheets are not printed (" + name + ")");
      continue;
    }
    auto rel = wb.rels.find(std::string(attr_value(s, "id")));
    if (rel == wb.rels.end() || !is_relationship_type(rel->second.type, "worksheet")) {
      warn.add("chart sheets and dialog sheets are not printed (" + name + ")");
      continue;
    }
    add_sheet(out.document, read_sheet(wb, workbook, rel->second.target, name, index, warn),
              wb.formats);
  }
  out.document.title = core_title(wb);
  out.warnings = std::move(warn.list);
  return out;
}

}  // namespace formwork
