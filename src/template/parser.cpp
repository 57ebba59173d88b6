#include "template/parser.h"

#include <algorithm>
#include <array>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "template/nesting_limit.h"

namespace formwork {

namespace {

// Every element of the markup, so that a known element in the wrong place
// gets a different message than a typo.
constexpr std::array<std::string_view, 26> kElements = {
    "form", "page",    "set",   "title", "heading", "p",      "signature", "pagebreak", "spacer",
    "rule", "section", "table", "row",   "cell",    "each",   "if",        "else",      "b",
    "i",    "u",       "span",  "br",    "image",   "qrcode", "define",    "use"};

// Elements a <use> may bring in, over the whole template.
constexpr long kMaxUsedElements = 100000;

// Element levels from the document down to `n` (<form> is 1).
int depth_of(pugi::xml_node n) {
  int d = 0;
  for (; n && n.type() == pugi::node_element; n = n.parent()) ++d;
  return d;
}

// Levels of elements inside `root` and how many there are (iteratively).
std::pair<int, long> subtree_size(pugi::xml_node root) {
  int deepest = 0;
  long count = 0;
  std::vector<std::pair<pugi::xml_node, int>> todo{{root, 0}};
  while (!todo.empty()) {
    auto [n, d] = todo.back();
    todo.pop_back();
    deepest = std::max(deepest, d);
    for (pugi::xml_node c : n.children()) {
      if (c.type() != pugi::node_element) continue;
      ++count;
      todo.emplace_back(c, d + 1);
    }
  }
  return {deepest, count};
}

bool is_blank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Words of the expression language that cannot name a variable.
bool is_reserved(std::string_view s) {
  return s == "and" || s == "or" || s == "not" || s == "true" || s == "false" || s == "null";
}

}  // namespace

bool is_known_element(std::string_view name) {
  for (std::string_view e : kElements) {
    if (e == name) return true;
  }
  return false;
}

TemplateNode Parser::form(pugi::xml_node root) {
  if (std::string_view(root.name()) != "form") {
    throw TemplateError("the root element must be <form>, not <" + std::string(root.name()) + ">",
                        ctx_.at(root));
  }
  Attributes a(root, ctx_,
               {"name", "title", "output", "sheet", "schema", "checks", "description", "font",
                "size", "locale"});
  TemplateNode t;
  t.loc = ctx_.at(root);
  t.name = std::string(a.required("name"));
  if (t.name.empty() || t.name.find_first_of("{}/\\ \t") != std::string::npos) {
    a.fail("name", "must be a non-empty name without spaces, braces or slashes");
  }
  SourceLoc name_loc = a.loc("name");
  t.title = a.has("title") ? a.text_template("title") : TextTemplate::parse(t.name, name_loc);
  t.sheet = a.has("sheet") ? a.text_template("sheet") : TextTemplate::parse(t.name, name_loc);
  if (a.has("output")) a.text_template("output");  // reject bad patterns now
  t.output_pattern = std::string(a.get("output").value_or(t.name));
  t.output_line = a.loc("output").line;
  t.schema = std::string(a.get("schema").value_or(""));
  t.checks = std::string(a.get("checks").value_or(""));
  t.description = std::string(a.get("description").value_or(""));
  if (auto tag = a.get("locale")) {
    auto locale = parse_form_locale(*tag);
    if (!locale) a.fail("locale", "must be zh-CN or vi-VN");
    t.locale = *locale;
  }
  BaseStyle base;
  apply_text_style(a, base.text);  // only font and size are allowed on <form>
  collect_defines(root);
  t.body = children(root, Where::Form, base);
  t.page = page_ ? page_->apply(PageSetup{}) : PageSetup{};
  return t;
}

void Parser::page(pugi::xml_node el) {
  Attributes a(el, ctx_, kPageAttributes);
  if (page_) throw TemplateError("a form has at most one <page>", a.element_loc());
  require_empty(el);
  page_ = parse_page_spec(a);
  page_->apply(PageSetup{});  // margin errors point at <page> now, not at render time
}

Node Parser::section(pugi::xml_node el) {
  Attributes a(el, ctx_, {"sheet"}, kPageAttributes);
  require_empty(el);
  SectionNode n;
  n.loc = a.element_loc();
  n.spec = parse_page_spec(a);
  if (a.has("sheet")) n.sheet = a.text_template("sheet");
  return Node{std::move(n)};
}

Node Parser::rule(pugi::xml_node el, const BaseStyle& style) {
  Attributes a(el, ctx_,
               {"thickness", "color", "length", "align", "left-indent", "right-indent",
                "space-before", "space-after", "keep-with-next"});
  require_empty(el);
  BaseStyle s = style;
  s.paragraph.role = ParagraphRole::Body;
  s.paragraph.first_line_indent_em = 0;
  s.paragraph.space_before_pt = 0;
  s.paragraph.space_after_pt = 0;
  apply_paragraph_style(a, s);
  HorizontalRule r;
  r.thickness_pt = a.number("thickness", 0.05, 20).value_or(r.thickness_pt);
  r.color = a.color("color").value_or(r.color);
  r.length_mm = a.number("length", 0, 2000).value_or(0);
  s.paragraph.rule = r;
  return Node{ParagraphNode{s.paragraph, {}, a.element_loc(), {}}};
}

Nodes Parser::children(pugi::xml_node parent, Where where, const BaseStyle& style,
                       pugi::xml_node* else_out) {
  Nodes out;
  pugi::xml_node seen_else;
  for (pugi::xml_node c : parent.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      if (is_blank(c.value())) continue;
      throw TemplateError("text is not allowed directly inside <" + std::string(parent.name()) +
                              "> (put it in a <p>" +
                              (where == Where::Table || where == Where::Row ? " or a <cell>" : "") +
                              ")",
                          text_loc(c));
    }
    if (c.type() != pugi::node_element) continue;
    if (seen_else) {
      throw TemplateError("<else> must be the last child of <if>", ctx_.at(seen_else));
    }
    if (std::string_view(c.name()) == "else") {
      if (else_out == nullptr) misplaced(c, parent);
      seen_else = c;
      *else_out = c;
      continue;
    }
    child_element(c, where, style, out);
  }
  return out;
}

void Parser::child_element(pugi::xml_node el, Where where, const BaseStyle& style, Nodes& out) {
  std::string_view name = el.name();
  if (name == "each") {
    out.push_back(each(el, where, style));
    return;
  }
  if (name == "if") {
    out.push_back(if_node(el, where, style));
    return;
  }
  if (name == "set") {
    out.push_back(set(el));
    return;
  }
  if (name == "use") {
    out.push_back(use(el, where, style));
    return;
  }
  switch (where) {
    case Where::Form:
      if (name == "page") return page(el);
      if (name == "define") return;  // read by collect_defines
      if (block_element(el, style, out)) return;
      break;
    case Where::Block:
      if (block_element(el, style, out)) return;
      break;
    case Where::Table:
      if (name == "row") return out.push_back(row(el, style));
      break;
    case Where::Row:
      if (name == "cell") return out.push_back(cell(el, style));
      break;
    case Where::Cell:
      if (name == "p") return out.push_back(paragraph(el, ParagraphRole::Body, style));
      if (name == "rule") return out.push_back(rule(el, style));
      break;
  }
  misplaced(el, el.parent());
}

bool Parser::block_element(pugi::xml_node el, const BaseStyle& style, Nodes& out) {
  std::string_view name = el.name();
  if (name == "p") {
    out.push_back(paragraph(el, ParagraphRole::Body, style));
  } else if (name == "title") {
    out.push_back(paragraph(el, ParagraphRole::Title, style));
  } else if (name == "heading") {
    out.push_back(paragraph(el, ParagraphRole::Heading, style));
  } else if (name == "signature") {
    out.push_back(paragraph(el, ParagraphRole::Signature, style));
  } else if (name == "pagebreak") {
    Attributes a(el, ctx_, {});
    require_empty(el);
    out.push_back(Node{PageBreakNode{}});
  } else if (name == "spacer") {
    out.push_back(spacer(el, style));
  } else if (name == "rule") {
    out.push_back(rule(el, style));
  } else if (name == "section") {
    out.push_back(section(el));
  } else if (name == "table") {
    out.push_back(table(el, style));
  } else {
    return false;
  }
  return true;
}

Node Parser::paragraph(pugi::xml_node el, ParagraphRole role, const BaseStyle& style) {
  bool heading = role == ParagraphRole::Heading;
  Attributes a(el, ctx_,
               heading ? std::initializer_list<std::string_view>{"level"}
                       : std::initializer_list<std::string_view>{},
               kParagraphStyleAttributes);
  int level = 0;
  if (heading) {
    a.required("level");
    level = a.integer("level", 1, 1, 4);
  }
  BaseStyle s = role_defaults(style, role, level);
  DynamicIndents dynamic;
  apply_paragraph_style(a, s, &dynamic);
  return Node{ParagraphNode{s.paragraph, inlines(el, s.text), a.element_loc(), std::move(dynamic)}};
}

Node Parser::spacer(pugi::xml_node el, const BaseStyle& style) {
  Attributes a(el, ctx_, {"height"});
  require_empty(el);
  a.required("height");
  Paragraph p = style.paragraph;
  p.space_before_pt = *a.number("height", 0, 2000);
  return Node{ParagraphNode{p, {}, a.element_loc(), {}}};
}

Node Parser::each(pugi::xml_node el, Where where, const BaseStyle& style) {
  Attributes a(el, ctx_, {"in", "as", "index"});
  EachNode n;
  n.loc = a.element_loc();
  n.list = a.expression("in");
  n.as = variable_name(a, "as");
  if (a.has("index")) n.index = variable_name(a, "index");
  if (n.index == n.as) a.fail("index", "must differ from 'as'");
  n.body = children(el, where == Where::Form ? Where::Block : where, style);
  return Node{std::move(n)};
}

Node Parser::if_node(pugi::xml_node el, Where where, const BaseStyle& style) {
  Attributes a(el, ctx_, {"test"});
  IfNode n;
  n.loc = a.element_loc();
  n.test = a.expression("test");
  Where inner = where == Where::Form ? Where::Block : where;
  pugi::xml_node else_el;
  n.then_body = children(el, inner, style, &else_el);
  if (else_el) {
    Attributes none(else_el, ctx_, {});
    n.else_body = children(else_el, inner, style);
  }
  return Node{std::move(n)};
}

Node Parser::set(pugi::xml_node el) {
  Attributes a(el, ctx_, {"name", "value"});
  require_empty(el);
  a.required("value");
  return Node{SetNode{variable_name(a, "name"), a.text_template("value"), a.element_loc()}};
}

void Parser::collect_defines(pugi::xml_node root) {
  for (pugi::xml_node el : root.children("define")) {
    Attributes a(el, ctx_, {"name", "params"});
    std::string name = variable_name(a, "name");
    if (defines_.count(name) != 0) {
      a.fail("name", "is defined twice; the first <define name=\"" + name + "\"> is at line " +
                         std::to_string(ctx_.at(defines_[name].element).line));
    }
    Define d{el, {}};
    std::tie(d.depth, d.elements) = subtree_size(el);
    std::string list(a.get("params").value_or(""));
    for (size_t at = 0; at < list.size();) {
      size_t end = list.find_first_of(" \t\r\n,", at);
      if (end == std::string::npos) end = list.size();
      if (end > at) d.params.push_back(list.substr(at, end - at));
      at = end + 1;
    }
    for (const std::string& p : d.params) {
      if (p == "name" || std::count(d.params.begin(), d.params.end(), p) > 1) {
        a.fail("params", "names '" + p + "' twice or as 'name'");
      }
    }
    defines_.emplace(std::move(name), std::move(d));
  }
}

// The piece is parsed again at each <use>, where it stands, so a piece of
// rows can be used in a table and a piece of blocks among blocks, and the
// styles in effect there apply. Errors inside it name the line of the
// <use> too, since the same piece may be fine in one place and not another.
Node Parser::use(pugi::xml_node el, Where where, const BaseStyle& style) {
  Attributes a(el, ctx_, AnyAttributeNames{});
  require_empty(el);
  std::string name(a.required("name"));
  auto found = defines_.find(name);
  if (found == defines_.end()) {
    std::string known;
    for (const auto& [key, d] : defines_) known += (known.empty() ? "" : ", ") + key;
    a.fail("name",
           "names no <define> of this form" +
               (known.empty() ? std::string(" (it has none)") : " (defined: " + known + ")"));
  }
  const Define& d = found->second;
  if (std::find(expanding_.begin(), expanding_.end(), name) != expanding_.end()) {
    a.fail("name", "is used inside its own definition, which would never end");
  }
  const int at = depth_offset_ + depth_of(el);  // the depth the piece's content replaces
  if (at - 1 + d.depth > kMaxElementDepth) {
    a.fail("name", "puts the piece " + std::to_string(at - 1 + d.depth) +
                       " levels deep, deeper than the limit of " +
                       std::to_string(kMaxElementDepth));
  }
  used_elements_ += d.elements;
  if (used_elements_ > kMaxUsedElements) {
    a.fail("name", "brings the elements put in by <use> past " + std::to_string(kMaxUsedElements) +
                       " (pieces that use pieces several times grow exponentially)");
  }
  UseNode n;
  n.loc = a.element_loc();
  for (pugi::xml_attribute attr : el.attributes()) {
    std::string key = attr.name();
    if (key == "name") continue;
    if (std::find(d.params.begin(), d.params.end(), key) == d.params.end()) {
      throw TemplateError("<use name=\"" + name + "\"> has no parameter '" + key + "'" +
                              (d.params.empty() ? " (it takes none)" : ""),
                          ctx_.at_name(attr, el));
    }
    n.params.push_back(Node{SetNode{key, a.text_template(key), a.loc(key)}});
  }
  for (const std::string& p : d.params) {
    if (!a.has(p)) a.fail(p, "is a parameter of <define name=\"" + name + "\"> and must be given");
  }
  expanding_.push_back(name);
  const int saved_offset = depth_offset_;
  depth_offset_ = at - 1 - depth_of(d.element);
  try {
    n.body = children(d.element, where == Where::Form ? Where::Block : where, style);
  } catch (const TemplateError& e) {
    expanding_.pop_back();
    depth_offset_ = saved_offset;
    throw TemplateError(
        e.message + " (in <use name=\"" + name + "\"> at line " + std::to_string(n.loc.line) + ")",
        e.loc);
  }
  expanding_.pop_back();
  depth_offset_ = saved_offset;
  return Node{std::move(n)};
}

std::string Parser::variable_name(const Attributes& attrs, std::string_view attr) const {
  std::string name(attrs.required(attr));
  bool ok = !name.empty() && !is_reserved(name) && !(name[0] >= '0' && name[0] <= '9');
  for (unsigned char c : name) {
    ok = ok && (c >= 0x80 || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                (c >= 'A' && c <= 'Z'));
  }
  if (!ok) attrs.fail(attr, "is not a variable name (letters, digits and '_'; not a keyword)");
  return name;
}

void Parser::require_empty(pugi::xml_node el) const {
  for (pugi::xml_node c : el.children()) {
    bool blank_text =
        (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) && is_blank(c.value());
    if (c.type() == pugi::node_element || (c.type() != pugi::node_comment && !blank_text)) {
      throw TemplateError("<" + std::string(el.name()) + "> must be empty", ctx_.at(c));
    }
  }
}

void Parser::misplaced(pugi::xml_node el, pugi::xml_node parent) const {
  std::string name = el.name();
  if (!is_known_element(name)) throw TemplateError("unknown element <" + name + ">", ctx_.at(el));
  std::string where = parent.type() == pugi::node_element ? std::string(parent.name()) : "";
  throw TemplateError("<" + name + "> is not allowed inside <" + where + ">", ctx_.at(el));
}

SourceLoc Parser::text_loc(pugi::xml_node text) const {
  std::string_view v = text.value();
  std::size_t off = ctx_.offset(text.value());
  if (off == std::string::npos) return ctx_.at(text);
  std::size_t lead = v.find_first_not_of(" \t\r\n");
  // Leading blanks are copied unchanged except CR LF → LF, so count source
  // bytes until as many non-CR blanks have been passed.
  const std::string& src = ctx_.source.text();
  for (std::size_t i = 0; i < lead && off < src.size(); ++off) {
    if (src[off] != '\r') ++i;
  }
  return ctx_.source.loc(off);
}

}  // namespace formwork
