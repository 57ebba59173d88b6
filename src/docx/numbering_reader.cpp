#include "docx/numbering_reader.h"

#include <algorithm>

#include "docx/number_formats.h"
#include "docx/reader_xml.h"

namespace formwork {

namespace {

using docx_read::attr_value;
using docx_read::child;
using docx_read::child_val;
using docx_read::is;
using docx_read::number_attr;

int int_attr(const pugi::xml_node& node, std::string_view name, int fallback) {
  std::optional<double> v = number_attr(node, name);
  return v ? static_cast<int>(*v) : fallback;
}

ListLevel read_level(const pugi::xml_node& lvl) {
  ListLevel level;
  level.defined = true;
  level.start = int_attr(child(lvl, "start"), "val", 1);
  if (auto fmt = child_val(lvl, "numFmt")) level.format = *fmt;
  if (auto text = child_val(lvl, "lvlText")) level.text = *text;
  if (auto suffix = child_val(lvl, "suff")) level.suffix = *suffix;
  if (pugi::xml_node legal = child(lvl, "isLgl")) level.legal = docx_read::on_off(legal);
  level.restart = int_attr(child(lvl, "lvlRestart"), "val", -1);
  if (auto style = child_val(lvl, "pStyle")) level.style_id = *style;
  level.para = read_para_props(child(lvl, "pPr"));
  level.run = read_run_props(child(lvl, "rPr"));
  return level;
}

// lvlText with %1…%9 replaced by the numbers of levels 1…9.
std::string substitute(const std::string& pattern, const std::array<std::string, 9>& numbers) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' &&
        pattern[i + 1] <= '9') {
      out += numbers[static_cast<size_t>(pattern[i + 1] - '1')];
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace

Numbering::Numbering(const pugi::xml_node& numbering) {
  for (pugi::xml_node a : numbering.children()) {
    if (!is(a, "abstractNum")) continue;
    std::array<ListLevel, 9>& levels = abstract_[std::string(attr_value(a, "abstractNumId"))];
    for (pugi::xml_node lvl : a.children()) {
      if (!is(lvl, "lvl")) continue;
      const int i = int_attr(lvl, "ilvl", -1);
      if (i >= 0 && i < 9) levels[static_cast<size_t>(i)] = read_level(lvl);
    }
  }
  for (pugi::xml_node n : numbering.children()) {
    if (!is(n, "num")) continue;
    Instance inst;
    inst.abstract_id = attr_value(child(n, "abstractNumId"), "val");
    for (pugi::xml_node o : n.children()) {
      if (!is(o, "lvlOverride")) continue;
      const int i = int_attr(o, "ilvl", -1);
      if (i < 0 || i >= 9) continue;
      if (pugi::xml_node s = child(o, "startOverride")) {
        inst.start_override[i] = int_attr(s, "val", 1);
      }
      if (pugi::xml_node lvl = child(o, "lvl")) inst.level_override[i] = read_level(lvl);
    }
    instances_[int_attr(n, "numId", -1)] = std::move(inst);
  }
}

const ListLevel* Numbering::level(int num_id, int level) const {
  if (num_id <= 0 || level < 0 || level >= 9) return nullptr;
  auto inst = instances_.find(num_id);
  if (inst == instances_.end()) return nullptr;
  if (auto o = inst->second.level_override.find(level); o != inst->second.level_override.end()) {
    return &o->second;
  }
  auto a = abstract_.find(inst->second.abstract_id);
  if (a == abstract_.end() || !a->second[static_cast<size_t>(level)].defined) return nullptr;
  return &a->second[static_cast<size_t>(level)];
}

int Numbering::level_for_style(int num_id, std::string_view style_id) const {
  for (int i = 0; i < 9; ++i) {
    const ListLevel* l = level(num_id, i);
    if (l != nullptr && !style_id.empty() && l->style_id == style_id) return i;
  }
  return -1;
}

ListLabel Numbering::next_label(int num_id, int lvl, std::string_view tab) {
  ListLabel label;
  const ListLevel* def = level(num_id, lvl);
  if (def == nullptr) return label;
  Instance& inst = instances_[num_id];
  Counters& c = counters_[inst.abstract_id];
  if (!inst.used) {  // a restarted list starts over at its first paragraph
    inst.used = true;
    for (const auto& [i, start] : inst.start_override) {
      c.value[static_cast<size_t>(i)] = start - 1;
      c.started[static_cast<size_t>(i)] = true;
    }
  }
  const auto at = static_cast<size_t>(lvl);
  c.value[at] = c.started[at] ? c.value[at] + 1 : def->start;
  c.started[at] = true;
  for (size_t deeper = at + 1; deeper < 9; ++deeper) {
    const ListLevel* d = level(num_id, static_cast<int>(deeper));
    if (d == nullptr || d->restart != 0) c.started[deeper] = false;
  }
  std::array<std::string, 9> numbers;
  for (size_t i = 0; i < 9; ++i) {
    const ListLevel* l = level(num_id, static_cast<int>(i));
    if (l == nullptr) continue;
    const int n = c.started[i] ? c.value[i] : l->start;
    bool supported = true;
    numbers[i] = format_list_number(n, def->legal && i < at ? "decimal" : l->format, &supported);
    if (!supported && def->text.find("%" + std::to_string(i + 1)) != std::string::npos) {
      label.unsupported_format = true;
    }
  }
  label.text = def->format == "bullet" ? bullet_text(def->text, &label.rough_bullet)
                                       : substitute(def->text, numbers);
  if (!label.text.empty()) {
    if (def->suffix == "tab") label.text += tab;
    if (def->suffix == "space") label.text += ' ';
  }
  label.run = def->run;
  return label;
}

}  // namespace formwork
