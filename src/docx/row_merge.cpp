#include "docx/row_merge.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "docx/template_marks.h"

namespace formwork {

namespace {

using docx_marks::kRowTable;
using docx_marks::kSpan;

enum class Merge { None, Restart, Continue };

Merge merge_of(pugi::xml_node tc) {
  pugi::xml_node v = tc.child("w:tcPr").child("w:vMerge");
  if (!v) return Merge::None;
  // §17.18.57 ST_Merge: an absent w:val means "continue".
  return std::string_view(v.attribute("w:val").value()) == "restart" ? Merge::Restart
                                                                     : Merge::Continue;
}

int int_val(pugi::xml_node el, int fallback) {
  pugi::xml_attribute a = el.attribute("w:val");
  return a ? a.as_int(fallback) : fallback;
}

struct GridCell {
  pugi::xml_node tc;
  int column = 0;  // first grid column (§17.4.17 w:gridBefore, §17.4.17 w:gridSpan)
};

std::vector<GridCell> grid_cells(pugi::xml_node tr) {
  std::vector<GridCell> cells;
  int column = int_val(tr.child("w:trPr").child("w:gridBefore"), 0);
  for (pugi::xml_node tc : tr.children("w:tc")) {
    cells.push_back({tc, column});
    column += std::max(1, int_val(tc.child("w:tcPr").child("w:gridSpan"), 1));
  }
  return cells;
}

Merge merge_at(pugi::xml_node tr, int column) {
  for (const GridCell& c : grid_cells(tr)) {
    if (c.column == column) return merge_of(c.tc);
  }
  return Merge::None;
}

std::vector<pugi::xml_node> rows_of(pugi::xml_node tbl) {
  std::vector<pugi::xml_node> rows;
  for (pugi::xml_node tr : tbl.children("w:tr")) rows.push_back(tr);
  return rows;
}

std::string span_key(std::size_t range) { return " " + std::to_string(range) + " "; }

void add_span(pugi::xml_node tc, std::size_t range) {
  pugi::xml_attribute a = tc.attribute(kSpan);
  if (!a) a = tc.append_attribute(kSpan);
  std::string v = a.value();
  a = (v.empty() ? span_key(range) : v + span_key(range).substr(1)).c_str();
}

void ensure_ends_with_paragraph(pugi::xml_node tc) {
  pugi::xml_node last = tc.last_child();
  while (last && last.type() != pugi::node_element) last = last.previous_sibling();
  if (!last || std::string_view(last.name()) != "w:p") tc.append_child("w:p");
}

void repair_merges(pugi::xml_node tbl) {
  pugi::xml_node above;
  for (pugi::xml_node tr : rows_of(tbl)) {
    for (GridCell& c : grid_cells(tr)) {
      c.tc.remove_attribute(kSpan);
      if (merge_of(c.tc) != Merge::Continue) continue;
      if (above && merge_at(above, c.column) != Merge::None) continue;
      pugi::xml_node v = c.tc.child("w:tcPr").child("w:vMerge");
      pugi::xml_attribute val = v.attribute("w:val");
      (val ? val : v.append_attribute("w:val")) = "restart";
    }
    above = tr;
  }
}

void collect_marked(pugi::xml_node node, std::vector<pugi::xml_node>& out) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() != pugi::node_element) continue;
    if (std::string_view(c.name()) == "w:tbl" && c.attribute(kRowTable)) out.push_back(c);
    collect_marked(c, out);
  }
}

}  // namespace

void mark_row_range(pugi::xml_node first, pugi::xml_node last, std::size_t range) {
  pugi::xml_node tbl = first.parent();
  while (tbl && std::string_view(tbl.name()) != "w:tbl") tbl = tbl.parent();
  if (!tbl) return;
  if (!tbl.attribute(kRowTable)) tbl.append_attribute(kRowTable) = "1";
  if (first.parent() != tbl) return;  // rows inside a row-level content control: no analysis
  std::vector<pugi::xml_node> rows = rows_of(tbl);
  std::size_t a = 0, b = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i] == first) a = i;
    if (rows[i] == last) b = i;
  }
  for (std::size_t i = a; i <= b; ++i) {
    for (const GridCell& c : grid_cells(rows[i])) {
      if (merge_of(c.tc) != Merge::Restart) continue;
      std::size_t end = i;
      while (end + 1 < rows.size() && merge_at(rows[end + 1], c.column) == Merge::Continue) ++end;
      if (end > b) add_span(c.tc, range);
    }
  }
}

void continue_spanning_cells(pugi::xml_node copy, std::size_t range) {
  const std::string key = span_key(range);
  std::vector<pugi::xml_node> cells;
  auto visit = [&](auto&& self, pugi::xml_node n) -> void {
    if (std::string_view(n.name()) == "w:tc" &&
        std::string_view(n.attribute(kSpan).value()).find(key) != std::string_view::npos) {
      cells.push_back(n);
    }
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_element) self(self, c);
    }
  };
  visit(visit, copy);
  for (pugi::xml_node tc : cells) {
    pugi::xml_node p = tc.append_child("w:p");
    if (pugi::xml_node ppr = tc.child("w:p").child("w:pPr")) p.append_copy(ppr);
    for (pugi::xml_node c = tc.first_child(); c != p;) {
      pugi::xml_node next = c.next_sibling();
      if (std::string_view(c.name()) != "w:tcPr") tc.remove_child(c);
      c = next;
    }
    tc.child("w:tcPr").child("w:vMerge").remove_attribute("w:val");
  }
}

void finish_row_tables(pugi::xml_node root) {
  std::vector<pugi::xml_node> tables;
  collect_marked(root, tables);
  // Innermost first: removing an outer table must not precede its inner.
  for (auto it = tables.rbegin(); it != tables.rend(); ++it) {
    pugi::xml_node tbl = *it;
    tbl.remove_attribute(kRowTable);
    if (tbl.child("w:tr")) {
      repair_merges(tbl);
      continue;
    }
    pugi::xml_node parent = tbl.parent();
    parent.remove_child(tbl);
    if (std::string_view(parent.name()) == "w:tc") ensure_ends_with_paragraph(parent);
  }
}

}  // namespace formwork
