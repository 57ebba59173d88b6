#include "xlsx/xlsx_template_refs.h"

#include <algorithm>

#include "ooxml/xml_read.h"
#include "util/utf8.h"
#include "xlsx/formula_shift.h"
#include "xlsx/sheet_ref.h"

namespace formwork {

namespace {

using ooxml::attr_value;
using ooxml::is;

// `area` with its rows set to `rows` (first, last), the direction it was
// written in kept (D7:D5 stays bottom-up).
A1Area with_rows(A1Area area, std::pair<int, int> rows) {
  const bool down = area.first.row <= area.last.row;
  area.first.row = down ? rows.first : rows.second;
  area.last.row = down ? rows.second : rows.first;
  return area;
}

void set_attr(pugi::xml_node n, const char* name, const std::string& value) {
  pugi::xml_attribute a = n.attribute(name);
  if (!a) a = n.append_attribute(name);
  a = value.c_str();
}

std::vector<pugi::xml_node> children_named(pugi::xml_node parent, std::string_view name) {
  std::vector<pugi::xml_node> out;
  for (pugi::xml_node c : parent.children()) {
    if (is(c, name)) out.push_back(c);
  }
  return out;
}

}  // namespace

std::optional<size_t> WorkbookRowMaps::sheet_named(std::string_view name) const {
  const std::string wanted = ascii_lower(name);
  for (size_t i = 0; i < sheets_.size(); ++i) {
    if (ascii_lower(sheets_[i].name) == wanted) return i;
  }
  return std::nullopt;
}

std::string WorkbookRowMaps::rewrite(std::string_view formula, std::optional<size_t> sheet,
                                     int path) const {
  return rewrite_references(formula, [&](const FoundRef& ref) -> std::optional<std::string> {
    std::optional<size_t> target = ref.sheet ? sheet_named(*ref.sheet) : sheet;
    if (!target) return std::nullopt;
    const RowMap& map = *filled_[*target].map;
    const A1Area& a = ref.area;
    const bool absolute = a.first.abs_row && (!a.range || a.last.abs_row);
    const int context = (target == sheet && !absolute) ? path : 0;
    const int t1 = std::min(a.first.row, a.last.row), t2 = std::max(a.first.row, a.last.row);
    std::optional<std::pair<int, int>> rows = map.rows(t1, t2, context);
    if (!rows) return "0";  // every row it named was dropped (jxls' rule)
    if (!a.range) rows->second = rows->first;
    A1Area moved = with_rows(a, *rows);
    if (format_a1(moved) == format_a1(a)) return std::nullopt;
    return std::string(ref.prefix) + format_a1(moved);
  });
}

std::string WorkbookRowMaps::move_sqref(std::string_view sqref, size_t sheet) const {
  std::vector<A1Area> out;
  const RowMap& map = *filled_[sheet].map;
  for (const A1Area& a : parse_sqref(sqref)) {
    const int t1 = std::min(a.first.row, a.last.row), t2 = std::max(a.first.row, a.last.row);
    for (const auto& rows : map.copies(t1, t2)) {
      A1Area moved = with_rows(a, rows);
      moved.range = moved.range || rows.first != rows.second;
      out.push_back(moved);
    }
  }
  return format_sqref(out);
}

void move_sheet_areas(const WorkbookRowMaps& maps, size_t sheet, FilledSheet& filled) {
  pugi::xml_node ws = filled.doc.document_element();
  const RowMap& map = *filled.map;
  if (pugi::xml_node dim = ooxml::child(ws, "dimension")) {
    if (std::optional<A1Area> a = parse_a1_area(attr_value(dim, "ref"))) {
      if (auto rows = map.rows(a->first.row, std::max(a->first.row, a->last.row), 0)) {
        A1Area moved = with_rows(*a, *rows);
        moved.range = moved.range || rows->first != rows->second;
        set_attr(dim, "ref", format_a1(moved));
      }
    }
  }
  // Elements holding one area (or sqref) each: repeated per copy, dropped
  // with their rows.
  auto per_copy = [&](pugi::xml_node parent, std::string_view name, const char* attr) {
    for (pugi::xml_node n : children_named(parent, name)) {
      std::vector<A1Area> areas = parse_sqref(maps.move_sqref(attr_value(n, attr), sheet));
      for (const A1Area& a : areas) set_attr(parent.insert_copy_before(n, n), attr, format_a1(a));
      parent.remove_child(n);
    }
    if (parent.attribute("count"))
      set_attr(parent, "count", std::to_string(children_named(parent, name).size()));
  };
  if (pugi::xml_node merges = ooxml::child(ws, "mergeCells")) {
    per_copy(merges, "mergeCell", "ref");
    if (!ooxml::child(merges, "mergeCell")) ws.remove_child(merges);
  }
  if (pugi::xml_node links = ooxml::child(ws, "hyperlinks")) {
    per_copy(links, "hyperlink", "ref");
    if (!ooxml::child(links, "hyperlink")) ws.remove_child(links);
  }
  for (pugi::xml_node cf : children_named(ws, "conditionalFormatting")) {
    std::string sqref = maps.move_sqref(attr_value(cf, "sqref"), sheet);
    if (sqref.empty()) {
      ws.remove_child(cf);
      continue;
    }
    set_attr(cf, "sqref", sqref);
    for (pugi::xml_node rule : children_named(cf, "cfRule")) {
      for (pugi::xml_node f : children_named(rule, "formula"))
        f.text().set(maps.rewrite(f.text().get(), sheet, 0).c_str());
    }
  }
  if (pugi::xml_node dvs = ooxml::child(ws, "dataValidations")) {
    for (pugi::xml_node dv : children_named(dvs, "dataValidation")) {
      std::string sqref = maps.move_sqref(attr_value(dv, "sqref"), sheet);
      if (sqref.empty()) {
        dvs.remove_child(dv);
        continue;
      }
      set_attr(dv, "sqref", sqref);
      for (const char* name : {"formula1", "formula2"}) {
        if (pugi::xml_node f = ooxml::child(dv, name))
          f.text().set(maps.rewrite(f.text().get(), sheet, 0).c_str());
      }
    }
    set_attr(dvs, "count", std::to_string(children_named(dvs, "dataValidation").size()));
    if (!ooxml::child(dvs, "dataValidation")) ws.remove_child(dvs);
  }
  if (pugi::xml_node filter = ooxml::child(ws, "autoFilter")) {
    std::string moved = maps.rewrite(attr_value(filter, "ref"), sheet, 0);
    if (moved != "0") set_attr(filter, "ref", moved);
  }
  if (pugi::xml_node breaks = ooxml::child(ws, "rowBreaks")) {
    // brk@id: the break comes after this row (1-based), so it follows the
    // row's last copy.
    for (pugi::xml_node brk : children_named(breaks, "brk")) {
      const int row = brk.attribute("id").as_int();
      auto rows = row >= 1 ? map.rows(row, row, 0) : std::nullopt;
      if (rows) {
        set_attr(brk, "id", std::to_string(rows->second));
      } else if (row >= 1) {
        breaks.remove_child(brk);
      }
    }
    const std::string n = std::to_string(children_named(breaks, "brk").size());
    if (breaks.attribute("count")) set_attr(breaks, "count", n);
    if (breaks.attribute("manualBreakCount")) set_attr(breaks, "manualBreakCount", n);
  }
}

void rewrite_sheet_formulas(const WorkbookRowMaps& maps, size_t sheet, FilledSheet& filled) {
  for (const PlacedFormula& p : filled.formulas) {
    pugi::xml_node f = ooxml::child(p.c, "f");
    f.text().set(maps.rewrite(*p.text, sheet, p.path).c_str());
    if (p.array && f.attribute("ref")) {
      std::string ref = maps.rewrite(attr_value(f, "ref"), sheet, p.path);
      if (ref != "0") set_attr(f, "ref", ref);
    }
  }
}

void rewrite_defined_names(const WorkbookRowMaps& maps, pugi::xml_document& workbook) {
  pugi::xml_node names = ooxml::child(workbook.document_element(), "definedNames");
  for (pugi::xml_node n : children_named(names, "definedName")) {
    n.text().set(maps.rewrite(n.text().get(), std::nullopt, 0).c_str());
  }
}

}  // namespace formwork
