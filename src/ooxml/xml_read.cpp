#include "ooxml/xml_read.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <string>

#include "util/errors.h"

namespace formwork::ooxml {

namespace {

std::string_view strip_prefix(std::string_view name) {
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Twips per unit of ST_UniversalMeasure (1 in = 1440 twips = 72 pt).
std::optional<double> twips_per_unit(std::string_view unit) {
  if (unit.empty()) return 1.0;
  if (unit == "mm") return 1440.0 / 25.4;
  if (unit == "cm") return 14400.0 / 25.4;
  if (unit == "in") return 1440.0;
  if (unit == "pt") return 20.0;
  if (unit == "pc" || unit == "pi") return 240.0;
  return std::nullopt;
}

}  // namespace

std::string_view local_name(const pugi::xml_node& node) { return strip_prefix(node.name()); }

bool is(const pugi::xml_node& node, std::string_view name) {
  return node.type() == pugi::node_element && local_name(node) == name;
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (is(c, name)) return c;
  }
  return {};
}

pugi::xml_node descendant(const pugi::xml_node& node, std::string_view name) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (is(c, name)) return c;
    if (pugi::xml_node d = descendant(c, name)) return d;
  }
  return {};
}

pugi::xml_attribute attr(const pugi::xml_node& node, std::string_view name) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    if (strip_prefix(a.name()) == name) return a;
  }
  return {};
}

std::string_view attr_value(const pugi::xml_node& node, std::string_view name) {
  pugi::xml_attribute a = attr(node, name);
  return a ? std::string_view(a.value()) : std::string_view();
}

std::optional<std::string> child_val(const pugi::xml_node& node, std::string_view name) {
  pugi::xml_node c = child(node, name);
  if (!c) return std::nullopt;
  return std::string(attr_value(c, "val"));
}

bool on_off(const pugi::xml_node& element) {
  pugi::xml_attribute a = attr(element, "val");
  if (!a) return true;
  std::string_view v = a.value();
  return !(v == "0" || v == "false" || v == "off" || v == "none");
}

std::optional<bool> child_on_off(const pugi::xml_node& node, std::string_view name) {
  pugi::xml_node c = child(node, name);
  if (!c) return std::nullopt;
  return on_off(c);
}

std::optional<double> parse_number(std::string_view text) {
  text = trim(text);
  if (text.empty()) return std::nullopt;
  if (text.front() == '+') text.remove_prefix(1);
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

std::optional<double> parse_twips(std::string_view text) {
  text = trim(text);
  size_t unit_at = text.size();
  while (unit_at > 0 && std::isalpha(static_cast<unsigned char>(text[unit_at - 1]))) --unit_at;
  std::optional<double> per_unit = twips_per_unit(text.substr(unit_at));
  std::optional<double> number = parse_number(text.substr(0, unit_at));
  if (!per_unit || !number) return std::nullopt;
  return *number * *per_unit;
}

std::optional<double> twips_attr(const pugi::xml_node& node, std::string_view name) {
  pugi::xml_attribute a = attr(node, name);
  return a ? parse_twips(a.value()) : std::nullopt;
}

std::optional<double> number_attr(const pugi::xml_node& node, std::string_view name) {
  pugi::xml_attribute a = attr(node, name);
  return a ? parse_number(a.value()) : std::nullopt;
}

namespace {

// Finds whether a tree nests deeper than the reader's recursive walks may
// go (pugixml walks it without recursion).
struct DepthCheck : pugi::xml_tree_walker {
  bool too_deep = false;
  bool for_each(pugi::xml_node&) override {
    too_deep = depth() > kMaxDepth;
    return !too_deep;
  }
};

}  // namespace

void parse_part(pugi::xml_document& doc, const std::string& bytes, const std::string& part) {
  // parse_ws_pcdata_single keeps <w:t xml:space="preserve"> </w:t>: a
  // space between two runs is text.
  const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata_single;
  pugi::xml_parse_result r = doc.load_buffer(bytes.data(), bytes.size(), options);
  if (!r) {
    throw TemplateError(part + " is not well-formed XML (" + r.description() + " at byte " +
                            std::to_string(r.offset) + ")",
                        SourceLoc{});
  }
  DepthCheck check;
  doc.traverse(check);
  if (check.too_deep) {
    throw TemplateError(part + " nests elements more than " + std::to_string(kMaxDepth) + " deep",
                        SourceLoc{});
  }
}

}  // namespace formwork::ooxml
