#include "template/attributes.h"

#include <charconv>
#include <cmath>

namespace formwork {

const std::initializer_list<std::string_view> kTextStyleAttributes = {
    "font", "size", "bold", "italic", "underline", "color"};

const std::initializer_list<std::string_view> kParagraphStyleAttributes = {
    "font",         "size",        "bold",         "italic",         "underline",
    "color",        "align",       "indent",       "left-indent",    "right-indent",
    "space-before", "space-after", "line-spacing", "keep-with-next", "widow-control"};

namespace {

bool contains(std::initializer_list<std::string_view> list, std::string_view name) {
  for (std::string_view s : list) {
    if (s == name) return true;
  }
  return false;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

Attributes::Attributes(pugi::xml_node element, const ParseContext& ctx,
                       std::initializer_list<std::string_view> allowed,
                       std::initializer_list<std::string_view> extra)
    : element_(element), ctx_(ctx) {
  for (pugi::xml_attribute a : element.attributes()) {
    std::string_view name = a.name();
    if (contains(allowed, name) || contains(extra, name)) continue;
    std::string list;
    for (auto group : {allowed, extra}) {
      for (std::string_view s : group) list += (list.empty() ? "" : ", ") + std::string(s);
    }
    throw TemplateError("unknown attribute '" + std::string(name) + "' on <" + element.name() +
                            ">" + (list.empty() ? " (it takes none)" : " (allowed: " + list + ")"),
                        ctx.at_name(a, element));
  }
}

bool Attributes::has(std::string_view name) const { return get(name).has_value(); }

std::optional<std::string_view> Attributes::get(std::string_view name) const {
  for (pugi::xml_attribute a : element_.attributes()) {
    if (name == a.name()) return std::string_view(a.value());
  }
  return std::nullopt;
}

std::string_view Attributes::required(std::string_view name) const {
  auto v = get(name);
  if (!v) {
    throw TemplateError("<" + element_name() + "> needs attribute '" + std::string(name) + "'",
                        element_loc());
  }
  return *v;
}

SourceLoc Attributes::loc(std::string_view name) const {
  pugi::xml_attribute a = element_.attribute(std::string(name).c_str());
  return a ? ctx_.at(a, element_) : element_loc();
}

std::size_t Attributes::value_offset(std::string_view name) const {
  pugi::xml_attribute a = element_.attribute(std::string(name).c_str());
  return a ? ctx_.offset(a.value()) : std::string::npos;
}

void Attributes::fail(std::string_view name, const std::string& message) const {
  std::string value(get(name).value_or(""));
  throw TemplateError(
      "<" + element_name() + "> attribute '" + std::string(name) + "' ('" + value + "') " + message,
      loc(name));
}

std::optional<double> Attributes::number(std::string_view name, double min, double max) const {
  auto v = get(name);
  if (!v) return std::nullopt;
  std::string_view s = trim(*v);
  double d = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(d)) {
    fail(name, "is not a number");
  }
  if (d < min || d > max) {
    fail(name, "must be between " + std::to_string(min) + " and " + std::to_string(max));
  }
  return d;
}

int Attributes::integer(std::string_view name, int fallback, int min, int max) const {
  auto v = get(name);
  if (!v) return fallback;
  std::string_view s = trim(*v);
  int i = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), i);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) {
    fail(name, "is not a whole number");
  }
  if (i < min || i > max) {
    fail(name, "must be between " + std::to_string(min) + " and " + std::to_string(max));
  }
  return i;
}

std::optional<bool> Attributes::boolean(std::string_view name) const {
  return choice<bool>(name, {{"true", true}, {"false", false}});
}

std::optional<unsigned> Attributes::color(std::string_view name) const {
  auto v = get(name);
  if (!v) return std::nullopt;
  unsigned rgb = 0;
  if (v->size() == 7 && (*v)[0] == '#') {
    auto [end, ec] = std::from_chars(v->data() + 1, v->data() + 7, rgb, 16);
    if (ec == std::errc() && end == v->data() + 7) return rgb;
  }
  fail(name, "is not a colour like #C00000");
}

TextTemplate Attributes::text_template(std::string_view name) const {
  auto v = get(name);
  return TextTemplate::parse(v.value_or(""), loc(name));
}

Expression Attributes::expression(std::string_view name) const {
  std::string_view s = required(name);
  SourceLoc at = loc(name);
  std::string_view t = trim(s);
  if (t.starts_with("{{") && t.ends_with("}}") && t.find("{{", 2) == std::string_view::npos) {
    t = t.substr(2, t.size() - 4);
    at.column += static_cast<int>(s.find("{{")) + 2;
  } else {
    t = s;
  }
  if (trim(t).empty()) fail(name, "is empty; it needs an expression");
  return Expression::parse(t, at);
}

}  // namespace formwork
