#pragma once
// Typed, checked access to one element's attributes (private to the
// template module). Unknown attributes are rejected up front so that a typo
// ("algn") is an error instead of silently doing nothing.
#include <initializer_list>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "expr/expression.h"
#include "template/parse_context.h"

namespace formwork {

/// Paragraph and character style attributes accepted by p, title, heading,
/// signature, table and cell (docs/templates.md, "Paragraph attributes").
extern const std::initializer_list<std::string_view> kParagraphStyleAttributes;
/// Character style attributes accepted by <span>.
extern const std::initializer_list<std::string_view> kTextStyleAttributes;

/// Tag for an element whose attribute names are its caller's to check
/// (<use>'s parameters).
struct AnyAttributeNames {};

/// The attributes of one element. Every accessor throws TemplateError with
/// the attribute value's line:column when the value is malformed.
class Attributes {
 public:
  /// Throws TemplateError ("unknown attribute 'x' on <p>") at the
  /// attribute's position for any attribute not in `allowed` or `extra`.
  Attributes(pugi::xml_node element, const ParseContext& ctx,
             std::initializer_list<std::string_view> allowed,
             std::initializer_list<std::string_view> extra = {});
  /// Accepts every attribute name; the caller checks them.
  Attributes(pugi::xml_node element, const ParseContext& ctx, AnyAttributeNames)
      : element_(element), ctx_(ctx) {}

  bool has(std::string_view name) const;
  /// The raw value, or nullopt when absent.
  std::optional<std::string_view> get(std::string_view name) const;
  /// The raw value; throws TemplateError "<each> needs attribute 'in'".
  std::string_view required(std::string_view name) const;
  /// Position of the attribute's value, or of the element when absent.
  SourceLoc loc(std::string_view name) const;
  /// Position of the element's '<'.
  SourceLoc element_loc() const { return ctx_.at(element_); }
  /// Byte offset of the attribute's value in the file (npos if unknown).
  std::size_t value_offset(std::string_view name) const;
  const ParseContext& context() const { return ctx_; }
  std::string element_name() const { return element_.name(); }

  /// A decimal number in [min, max]; nullopt when absent.
  std::optional<double> number(std::string_view name, double min, double max) const;
  /// An integer in [min, max]; `fallback` when absent.
  int integer(std::string_view name, int fallback, int min, int max) const;
  /// "true" or "false"; nullopt when absent.
  std::optional<bool> boolean(std::string_view name) const;
  /// One of `choices` (name → value); nullopt when absent.
  template <class E>
  std::optional<E> choice(std::string_view name,
                          std::initializer_list<std::pair<std::string_view, E>> choices) const {
    auto v = get(name);
    if (!v) return std::nullopt;
    std::string names;
    for (const auto& [key, value] : choices) {
      if (key == *v) return value;
      names += (names.empty() ? "" : ", ") + std::string(key);
    }
    fail(name, "must be one of " + names);
  }
  /// "#RRGGBB" as 0xRRGGBB; nullopt when absent.
  std::optional<unsigned> color(std::string_view name) const;
  /// The value as a text template ("{{编号}}-验收表"), parsed now.
  TextTemplate text_template(std::string_view name) const;
  /// The value as a bare expression ("费用", "单位自筹资金 > 0"); a value
  /// written as one whole placeholder ("{{费用}}") is accepted too.
  Expression expression(std::string_view name) const;

  /// Throws TemplateError "<p> attribute 'align' ('x') <message>".
  [[noreturn]] void fail(std::string_view name, const std::string& message) const;

 private:
  pugi::xml_node element_;
  const ParseContext& ctx_;
};

}  // namespace formwork
