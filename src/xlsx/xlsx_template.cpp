// XlsxTemplate: loading (xlsx_template_load.cpp) and filling per record:
// every worksheet's rows expanded, references moved, headers filled,
// cached values computed and the package written again around them.
#include "xlsx/xlsx_template.h"

#include <map>
#include <set>

#include "ooxml/xml_read.h"
#include "util/forbidden_chars.h"
#include "util/utf8.h"
#include "xlsx/xlsx_template_calc.h"
#include "xlsx/xlsx_template_package.h"
#include "xlsx/xlsx_template_parts.h"
#include "xlsx/xlsx_template_pictures.h"
#include "xlsx/xlsx_template_refs.h"
#include "xlsx/xlsx_template_rows.h"
#include "xlsx/xlsx_template_text.h"

namespace formwork {

namespace {

// "&" starts a header code (§18.3.1.46: &P page number, &"font"…); data
// must print as it is, so each "&" is doubled.
std::string header_text(std::string text) {
  std::string out;
  for (char c : nfc(normalize_run_text(text, false))) {
    out += c;
    if (c == '&') out += '&';
  }
  return out;
}

void fill_header_footer(const TemplateSheet& sheet, FilledSheet& filled, const Scope& scope) {
  pugi::xml_node hf = ooxml::child(filled.doc.document_element(), "headerFooter");
  for (const HeaderFooterText& h : sheet.header_footer) {
    ooxml::child(hf, h.element)
        .text()
        .set(render_pieces(h.pieces, sheet.tags, scope, header_text).c_str());
  }
}

// xdr:from and xdr:to of every anchor (§20.5.2.15, §20.5.2.32) follow
// their rows; an anchor on dropped rows goes to the next row kept.
std::string move_drawing(const std::string& bytes, const std::string& part, const RowMap& map,
                         const std::string& path) {
  pugi::xml_document doc;
  parse_package_xml(doc, bytes, part, path);
  for (pugi::xml_node anchor : doc.document_element().children()) {
    for (const char* end : {"from", "to"}) {
      pugi::xml_node row = ooxml::child(ooxml::child(anchor, end), "row");
      if (!row) continue;
      const int t = row.text().as_int() + 1;
      auto rows = map.rows(t, std::max(t, map.limit() + 1), 0);
      if (rows) row.text().set(std::to_string(rows->first - 1).c_str());
    }
  }
  return serialize_package_xml(doc);
}

// xl/calcChain.xml (§18.6) lists formula cells by position; the positions
// change, so the part goes, with its content type and relationship.
void drop_calc_chain(const XlsxTemplateParts& t, std::map<std::string, std::string>& replaced,
                     std::set<std::string>& removed) {
  const ZipEntry* chain = find_package_entry(t.entries, t.calc_chain_part);
  if (t.calc_chain_part.empty() || !chain) return;
  removed.insert(chain->name);
  // The content types may hold the pictures' additions already.
  if (const ZipEntry* types = find_package_entry(t.entries, "[Content_Types].xml")) {
    auto now = replaced.find(types->name);
    replaced[types->name] = content_types_without(now == replaced.end() ? types->data : now->second,
                                                  chain->name, t.path);
  }
  if (const ZipEntry* rels = find_package_entry(t.entries, rels_part_of(t.workbook_part)))
    replaced[rels->name] = relationships_without(rels->data, rels->name, "calcChain", t.path);
}

}  // namespace

XlsxTemplate XlsxTemplate::load(const std::string& path, const PictureFiles* pictures) {
  XlsxTemplate result;
  result.parts_ = load_xlsx_template(path, pictures);
  return result;
}

std::string XlsxTemplate::fill(const Value& record) const {
  const XlsxTemplateParts& t = *parts_;
  Scope scope(record);
  std::vector<FilledSheet> filled(t.sheets.size());
  for (size_t i = 0; i < t.sheets.size(); ++i) {
    fill_sheet_rows(t.sheets[i], filled[i], scope, t.date1904, t.pictures);
    fill_header_footer(t.sheets[i], filled[i], scope);
  }
  WorkbookRowMaps maps(t.sheets, filled);
  std::map<std::string, std::string> replaced;
  std::vector<CalcSheet> calc;
  for (size_t i = 0; i < t.sheets.size(); ++i) {
    rewrite_sheet_formulas(maps, i, filled[i]);
    move_sheet_areas(maps, i, filled[i]);
    calc.push_back({t.sheets[i].name, ooxml::child(filled[i].doc.document_element(), "sheetData")});
  }
  cache_formula_values(calc, t.shared_strings, t.path);
  WorkbookPictures pictures(t);
  for (size_t i = 0; i < t.sheets.size(); ++i) {
    const TemplateSheet& s = t.sheets[i];
    const ZipEntry* drawing = find_package_entry(t.entries, s.drawing_part);
    if (!s.drawing_part.empty() && drawing && s.limit > 0)
      replaced[drawing->name] = move_drawing(drawing->data, drawing->name, *filled[i].map, t.path);
    pictures.add_sheet(s, filled[i].doc, filled[i].pictures, replaced);
    if (const ZipEntry* e = find_package_entry(t.entries, s.part))
      replaced[e->name] = serialize_package_xml(filled[i].doc);
  }
  pictures.finish(replaced);
  pugi::xml_document workbook;
  workbook.reset(*t.workbook);
  rewrite_defined_names(maps, workbook);
  replaced[t.workbook_part] = serialize_package_xml(workbook);
  std::set<std::string> removed;
  drop_calc_chain(t, replaced, removed);
  return assemble_package(t.entries, replaced, removed, pictures.added());
}

}  // namespace formwork
