#pragma once
// Builds the template tree from a parsed pugixml document (private to the
// template module). Markup: docs/templates.md.
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "template/page_spec.h"
#include "template/parse_context.h"
#include "template/style.h"
#include "template/template_node.h"

namespace formwork {

/// True for the element names of the markup (so that a known element in
/// the wrong place gets a better message than "unknown element").
bool is_known_element(std::string_view name);

/// One pass over the XML tree. Every element and attribute is checked, every
/// style resolved and every expression parsed here, so a defective template
/// fails before any data is read. All errors are TemplateError with the
/// line:column of the offending element, attribute or text.
class Parser {
 public:
  explicit Parser(const ParseContext& ctx) : ctx_(ctx) {}

  /// Parses the <form> root element.
  TemplateNode form(pugi::xml_node root);

 private:
  /// Which children a container accepts.
  enum class Where { Form, Block, Table, Row, Cell };

  Nodes children(pugi::xml_node parent, Where where, const BaseStyle& style,
                 pugi::xml_node* else_out = nullptr);
  void child_element(pugi::xml_node el, Where where, const BaseStyle& style, Nodes& out);
  bool block_element(pugi::xml_node el, const BaseStyle& style, Nodes& out);
  Node paragraph(pugi::xml_node el, ParagraphRole role, const BaseStyle& style);
  Node spacer(pugi::xml_node el, const BaseStyle& style);
  Node rule(pugi::xml_node el, const BaseStyle& style);
  Node section(pugi::xml_node el);
  Node table(pugi::xml_node el, const BaseStyle& style);
  Node row(pugi::xml_node el, const BaseStyle& style);
  Node cell(pugi::xml_node el, const BaseStyle& style);
  void cell_value(const Attributes& attrs, CellNode& cell);
  static std::vector<FormulaPart> placeholder_parts(const Attributes& attrs, std::string_view attr);
  Node each(pugi::xml_node el, Where where, const BaseStyle& style);
  Node if_node(pugi::xml_node el, Where where, const BaseStyle& style);
  Node set(pugi::xml_node el);
  void collect_defines(pugi::xml_node root);
  Node use(pugi::xml_node el, Where where, const BaseStyle& style);
  void page(pugi::xml_node el);

  Inlines inlines(pugi::xml_node parent, const TextStyle& style);
  void inline_children(pugi::xml_node parent, const TextStyle& style, Inlines& out);
  void inline_element(pugi::xml_node el, const TextStyle& style, Inlines& out);
  InlineLeaf picture(pugi::xml_node el, const TextStyle& style);

  std::string variable_name(const Attributes& attrs, std::string_view attr) const;
  void require_empty(pugi::xml_node el) const;
  [[noreturn]] void misplaced(pugi::xml_node el, pugi::xml_node parent) const;
  SourceLoc text_loc(pugi::xml_node text) const;

  const ParseContext& ctx_;
  std::optional<PageSpec> page_;
  /// <define> elements of the form by name, with their declared parameters.
  struct Define {
    pugi::xml_node element;
    std::vector<std::string> params;
    int depth = 0;      ///< levels of elements inside it
    long elements = 0;  ///< elements inside it
  };
  std::map<std::string, Define, std::less<>> defines_;
  /// Names of the pieces being expanded, innermost last (a piece that uses
  /// itself would never end).
  std::vector<std::string> expanding_;
  /// Levels the pieces being expanded add to their elements' XML depth:
  /// with it a piece used inside pieces stays within kMaxElementDepth.
  int depth_offset_ = 0;
  /// Elements parsed through <use> so far: pieces using pieces twice over
  /// would otherwise grow the tree exponentially.
  long used_elements_ = 0;
};

}  // namespace formwork
