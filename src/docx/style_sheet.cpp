#include "docx/style_sheet.h"

#include <cctype>

#include "docx/reader_xml.h"
#include "util/utf8.h"

namespace formwork {

namespace {

using docx_read::attr_value;
using docx_read::child;
using docx_read::is;
using docx_read::twips_attr;

constexpr int kMaxChainDepth = 32;

template <typename T>
void take(std::optional<T>& slot, const std::optional<T>& over) {
  if (over) slot = over;
}

// A w:tblCellMar side: w:w in twips when w:type is dxa (or absent).
std::optional<double> margin_side(const pugi::xml_node& mar, std::string_view side,
                                  std::string_view alt) {
  pugi::xml_node node = child(mar, side);
  if (!node) node = child(mar, alt);
  if (!node) return std::nullopt;
  std::string_view type = attr_value(node, "type");
  if (!type.empty() && type != "dxa") return std::nullopt;
  return twips_attr(node, "w");
}

// Title and Heading N by the style's name (§17.7.4.9 w:name): the built-in
// names are the English ones whatever the UI language ("heading 1",
// "Title"); the id is tried too ("Heading1"), for writers that leave the
// name out.
StyleRole role_of(const std::string& name, const std::string& id, int* level) {
  // WPS may store the Chinese UI names: 标题 (Title), 标题 1 (heading 1).
  constexpr std::string_view kBiaoti = "标题";
  for (const std::string& s : {ascii_lower(name), ascii_lower(id)}) {
    if (s == "title" || s == kBiaoti) return StyleRole::Title;
    std::string_view v = s;
    const size_t prefix = v.substr(0, 7) == "heading"              ? 7
                          : v.substr(0, kBiaoti.size()) == kBiaoti ? kBiaoti.size()
                                                                   : 0;
    if (prefix > 0) {
      v.remove_prefix(prefix);
      if (!v.empty() && v.front() == ' ') v.remove_prefix(1);
      if (v.size() == 1 && v[0] >= '1' && v[0] <= '9') {
        *level = v[0] - '0';
        return StyleRole::Heading;
      }
    }
  }
  return StyleRole::Body;
}

}  // namespace

void TableProps::overlay(const TableProps& over) {
  take(borders, over.borders);
  take(margin_top, over.margin_top);
  take(margin_left, over.margin_left);
  take(margin_bottom, over.margin_bottom);
  take(margin_right, over.margin_right);
}

TableProps read_table_props(const pugi::xml_node& tbl_pr) {
  TableProps p;
  if (pugi::xml_node borders = child(tbl_pr, "tblBorders")) {
    bool any = false;
    for (std::string_view side :
         {"top", "left", "bottom", "right", "insideH", "insideV", "start", "end"}) {
      any = any || border_shows(child(borders, side));
    }
    p.borders = any;
  }
  if (pugi::xml_node mar = child(tbl_pr, "tblCellMar")) {
    p.margin_top = margin_side(mar, "top", "top");
    p.margin_left = margin_side(mar, "left", "start");
    p.margin_bottom = margin_side(mar, "bottom", "bottom");
    p.margin_right = margin_side(mar, "right", "end");
  }
  return p;
}

StyleSheet::StyleSheet(const pugi::xml_node& styles) {
  pugi::xml_node defaults = child(styles, "docDefaults");
  run_defaults_ = read_run_props(child(child(defaults, "rPrDefault"), "rPr"));
  para_defaults_ = read_para_props(child(child(defaults, "pPrDefault"), "pPr"));
  for (pugi::xml_node s : styles.children()) {
    if (!is(s, "style")) continue;
    std::string id(attr_value(s, "styleId"));
    Raw raw{std::string(attr_value(s, "type")), std::string(attr_value(child(s, "name"), "val")),
            std::string(attr_value(child(s, "basedOn"), "val")), s};
    std::string_view is_default = attr_value(s, "default");
    if ((is_default == "1" || is_default == "true") && !default_id_.count(raw.type)) {
      default_id_[raw.type] = id;
    }
    raw_.emplace(std::move(id), std::move(raw));
  }
  for (const auto& [id, raw] : raw_) resolve(id, 0);
}

const ResolvedStyle& StyleSheet::resolve(const std::string& id, int depth) {
  if (auto it = resolved_.find(id); it != resolved_.end()) return it->second;
  auto raw = raw_.find(id);
  if (raw == raw_.end() || depth > kMaxChainDepth) return empty_;
  // Marks the style as in progress: a basedOn cycle meets this empty entry.
  resolved_.emplace(id, ResolvedStyle{});
  ResolvedStyle style;
  const Raw& r = raw->second;
  if (!r.based_on.empty() && r.based_on != id) {
    const ResolvedStyle& base = resolve(r.based_on, depth + 1);
    style.para = base.para;
    style.run = base.run;
    style.table = base.table;
    style.role = base.role == StyleRole::Heading ? StyleRole::Heading : StyleRole::Body;
    style.heading_level = base.heading_level;
  }
  ParaProps own = read_para_props(child(r.node, "pPr"));
  own.style_id.clear();
  style.para.overlay(own);
  style.run.overlay(read_run_props(child(r.node, "rPr")));
  style.run.style_id.clear();
  style.table.overlay(read_table_props(child(r.node, "tblPr")));
  int level = 0;
  StyleRole role = role_of(r.name, id, &level);
  if (role != StyleRole::Body) {
    style.role = role;
    style.heading_level = level;
  }
  resolved_[id] = std::move(style);
  return resolved_[id];
}

const ResolvedStyle& StyleSheet::lookup(std::string_view id, std::string_view type,
                                        const std::string& fallback) const {
  if (!id.empty()) {
    auto raw = raw_.find(id);
    if (raw != raw_.end() && raw->second.type == type) {
      if (auto it = resolved_.find(id); it != resolved_.end()) return it->second;
    }
  }
  if (auto it = resolved_.find(fallback); !fallback.empty() && it != resolved_.end()) {
    return it->second;
  }
  return empty_;
}

const ResolvedStyle& StyleSheet::paragraph_style(std::string_view id) const {
  auto d = default_id_.find("paragraph");
  return lookup(id, "paragraph", d == default_id_.end() ? "" : d->second);
}

const ResolvedStyle& StyleSheet::character_style(std::string_view id) const {
  auto d = default_id_.find("character");
  return lookup(id, "character", d == default_id_.end() ? "" : d->second);
}

const ResolvedStyle& StyleSheet::table_style(std::string_view id) const {
  auto d = default_id_.find("table");
  return lookup(id, "table", d == default_id_.end() ? "" : d->second);
}

}  // namespace formwork
