#include "xlsx/xlsx_reader.h"

#include <algorithm>
#include <optional>
#include <pugixml.hpp>

#include "ooxml/package_reader.h"
#include "ooxml/xml_read.h"
#include "util/errors.h"
#include "util/forbidden_chars.h"
#include "xlsx/print_area.h"
#include "xlsx/sheet_bands.h"
#include "xlsx/sheet_page.h"
#include "xlsx/sheet_pictures.h"
#include "xlsx/sheet_styles.h"
#include "xlsx/worksheet_cells.h"
#include "xlsx/xlsx_reader_warnings.h"

namespace formwork {

namespace {

using namespace xlsx_read;
using ooxml::attr_value;
using ooxml::child;
using ooxml::is;

constexpr double kMaxPrintedCells = 1e6;

// Part `name` parsed into `doc`; false when the package has no such part.
bool load(const OpcPackage& package, const std::string& name, pugi::xml_document& doc) {
  if (name.empty()) return false;
  const std::optional<std::string> bytes = package.part(name);
  if (!bytes) return false;
  ooxml::parse_part(doc, *bytes, name);
  return true;
}

// dc:title of the core properties (Part 2 §11), for PDF and DOCX metadata.
std::string core_title(const OpcPackage& package) {
  const std::string name = related_part(package.relationships(""), "core-properties");
  pugi::xml_document core;
  if (!load(package, name.empty() ? "docProps/core.xml" : name, core)) return "";
  return clean_text(child(core.document_element(), "title").text().get());
}

// One sheet element of the workbook (§18.2.19) with its part.
struct SheetEntry {
  std::string name;
  std::string part;
  bool hidden = false;
  bool worksheet = true;   // false: a chartsheet or dialog sheet
  std::string print_area;  // the _xlnm.Print_Area value, if any
  bool print_titles = false;
};

std::vector<SheetEntry> sheet_entries(const pugi::xml_node& book, const Relationships& rels) {
  std::vector<SheetEntry> out;
  for (pugi::xml_node s : child(book, "sheets").children()) {
    if (!is(s, "sheet")) continue;
    SheetEntry e;
    e.name = std::string(attr_value(s, "name"));
    const std::string_view state = attr_value(s, "state");
    e.hidden = state == "hidden" || state == "veryHidden";
    const auto rel = rels.find(attr_value(s, "id"));
    if (rel != rels.end() && !rel->second.external) {
      e.part = rel->second.target;
      e.worksheet = is_relationship_type(rel->second.type, "worksheet");
    }
    out.push_back(std::move(e));
  }
  // Print areas and titles are names local to a sheet by its position.
  for (pugi::xml_node d : child(book, "definedNames").children()) {
    const std::string_view name = attr_value(d, "name");
    const std::optional<double> at = ooxml::number_attr(d, "localSheetId");
    if (!at || *at < 0 || *at >= static_cast<double>(out.size())) continue;
    SheetEntry& e = out[static_cast<size_t>(*at)];
    if (name == "_xlnm.Print_Area") e.print_area = d.text().get();
    if (name == "_xlnm.Print_Titles") e.print_titles = true;
  }
  return out;
}

// The workbook-wide parts every sheet reads.
struct Book {
  const OpcPackage* package = nullptr;
  pugi::xml_document styles_xml, strings_xml;
  std::vector<XfStyle> styles;
  CellSources sources;
  XlsxWarnings warnings;
};

void read_shared_parts(Book& book, const Relationships& rels) {
  if (load(*book.package, related_part(rels, "styles"), book.styles_xml)) {
    book.styles = read_xf_styles(book.styles_xml.document_element());
  } else {
    book.styles = read_xf_styles(pugi::xml_node());
  }
  if (load(*book.package, related_part(rels, "sharedStrings"), book.strings_xml)) {
    for (pugi::xml_node si : book.strings_xml.document_element().children()) {
      if (is(si, "si")) book.sources.shared_strings.push_back(si);
    }
  }
  book.sources.styles = &book.styles;
}

// Content of the sheet the model cannot show, one note per kind present.
void note_sheet_losses(const pugi::xml_node& ws, const Relationships& rels, const SheetEntry& e,
                       XlsxWarnings& w) {
  int conditional = 0;
  for (pugi::xml_node n : ws.children()) conditional += is(n, "conditionalFormatting") ? 1 : 0;
  for (int i = 0; i < conditional; ++i) w.note(XlsxLoss::ConditionalFormat, e.name);
  if (child(ws, "dataValidations")) w.note(XlsxLoss::DataValidation, e.name);
  if (!related_part(rels, "comments").empty() || child(ws, "legacyDrawing")) {
    w.note(XlsxLoss::Comment, e.name);
  }
  if (e.print_titles) w.note(XlsxLoss::PrintTitles, e.name);
}

std::vector<AnchoredPicture> sheet_pictures(Book& book, const pugi::xml_node& ws,
                                            const Relationships& rels, const std::string& sheet) {
  const pugi::xml_node drawing = child(ws, "drawing");
  if (!drawing) return {};
  const auto rel = rels.find(attr_value(drawing, "id"));
  if (rel == rels.end() || rel->second.external) return {};
  return read_sheet_pictures(*book.package, rel->second.target, sheet, book.warnings);
}

// The printed area: the print area when one is set and readable, else the
// used range (cells with text or borders, pictures' anchors).
std::optional<CellArea> printed_area(const WorksheetData& data, const std::vector<XfStyle>& styles,
                                     const std::vector<AnchoredPicture>& pictures,
                                     const SheetEntry& e, XlsxWarnings& w) {
  std::vector<std::pair<int, int>> anchors;
  for (const AnchoredPicture& p : pictures) anchors.emplace_back(p.row, p.col);
  const std::optional<CellArea> used = used_area(data, styles, anchors);
  if (e.print_area.empty()) return used;
  bool several = false;
  const std::optional<CellArea> area =
      parse_print_area(e.print_area, used.value_or(CellArea{}), several);
  if (several) w.note(XlsxLoss::SeveralPrintAreas, e.name);
  if (!area) return used;
  // A print area of whole rows or columns over a near-empty sheet would
  // print pages of nothing: beyond a million cells only the used part of
  // it is laid out.
  const double cells = (area->row2 - area->row1 + 1.0) * (area->col2 - area->col1 + 1.0);
  if (cells > kMaxPrintedCells) {
    if (!used) return std::nullopt;
    return CellArea{std::max(area->row1, used->row1), std::max(area->col1, used->col1),
                    std::min(area->row2, used->row2), std::min(area->col2, used->col2)};
  }
  return area;
}

void note_unknown_fonts(const WorksheetData& data, const std::vector<XfStyle>& styles,
                        XlsxWarnings& w) {
  for (const auto& [pos, cell] : data.cells) {
    const XfStyle& xf = styles[cell.xf];
    if (cell.has_text() && !xf.face_known) w.unknown_font(xf.face);
  }
}

// One visible worksheet read into its page and blocks.
std::vector<Block> read_sheet(Book& book, const SheetEntry& e, PageSetup& page) {
  pugi::xml_document doc;
  if (!load(*book.package, e.part, doc)) {
    throw TemplateError("the workbook names worksheet part " + e.part + " for sheet " + e.name +
                            ", which is missing",
                        SourceLoc{});
  }
  const pugi::xml_node ws = doc.document_element();
  const Relationships rels = book.package->relationships(e.part);
  page = read_sheet_page(ws, e.name, book.warnings);
  note_sheet_losses(ws, rels, e, book.warnings);
  const WorksheetData data = read_worksheet_cells(ws, book.sources, e.part);
  const std::vector<AnchoredPicture> pictures = sheet_pictures(book, ws, rels, e.name);
  const std::optional<CellArea> area = printed_area(data, book.styles, pictures, e, book.warnings);
  if (!area) return {};
  note_unknown_fonts(data, book.styles, book.warnings);
  const PrintedGrid grid = printed_grid(data, *area);
  if (horizontally_centred(ws)) centre_content(page, printed_width_mm(data, grid));
  const BandSource source{data, book.styles, grid, page.text_width_mm(), pictures, e.name};
  return sheet_bands(source, book.warnings);
}

std::string workbook_part(const OpcPackage& package) {
  const std::string main = related_part(package.relationships(""), "officeDocument");
  if (!main.empty() && package.part(main)) return main;
  if (package.part("xl/workbook.xml")) return "xl/workbook.xml";
  throw IoError("not an XLSX workbook (no workbook part xl/workbook.xml)");
}

}  // namespace

XlsxReading read_xlsx(std::string_view bytes) {
  OpcPackage package(bytes);
  const std::string main = workbook_part(package);
  pugi::xml_document workbook;
  load(package, main, workbook);
  const Relationships rels = package.relationships(main);
  const pugi::xml_node book_root = workbook.document_element();

  Book book;
  book.package = &package;
  book.sources.date1904 = [&] {
    const std::string_view v = attr_value(child(book_root, "workbookPr"), "date1904");
    return v == "1" || v == "true";
  }();
  read_shared_parts(book, rels);

  XlsxReading reading;
  Document& doc = reading.document;
  doc.title = core_title(package);
  bool first = true;
  for (const SheetEntry& e : sheet_entries(book_root, rels)) {
    if (e.hidden) {
      book.warnings.note(XlsxLoss::HiddenSheet, e.name);
      continue;
    }
    if (!e.worksheet || e.part.empty()) {
      book.warnings.note(XlsxLoss::Chart, e.name);  // a chartsheet
      continue;
    }
    PageSetup page;
    std::vector<Block> blocks = read_sheet(book, e, page);
    if (first) {
      doc.page = page;
      doc.sheet_name = e.name;
      first = false;
    } else {
      doc.blocks.push_back(SectionBreak{page, e.name});
    }
    for (Block& b : blocks) doc.blocks.push_back(std::move(b));
  }
  reading.warnings = book.warnings.messages();
  return reading;
}

}  // namespace formwork
