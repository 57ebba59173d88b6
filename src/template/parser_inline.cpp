// Parser: inline content (text, placeholders, <b>, <i>, <u>, <span>, <br/>,
// <image>, <qrcode>).
#include <string>

#include "template/parser.h"

namespace formwork {

Inlines Parser::inlines(pugi::xml_node parent, const TextStyle& style) {
  Inlines out;
  inline_children(parent, style, out);
  trim_inlines(out);
  return out;
}

void Parser::inline_children(pugi::xml_node parent, const TextStyle& style, Inlines& out) {
  for (pugi::xml_node c : parent.children()) {
    if (c.type() == pugi::node_element) {
      inline_element(c, style, out);
    } else if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      std::size_t off = ctx_.offset(c.value());
      if (off == std::string::npos) off = static_cast<std::size_t>(c.offset_debug());
      // CDATA is taken verbatim; ordinary text has its source layout collapsed.
      bool collapse = c.type() == pugi::node_pcdata;
      out.push_back(InlineLeaf{style, false, split_text(c.value(), off, ctx_.source, collapse)});
    }
  }
}

void Parser::inline_element(pugi::xml_node el, const TextStyle& style, Inlines& out) {
  std::string_view name = el.name();
  TextStyle s = style;
  if (name == "br") {
    Attributes a(el, ctx_, {});
    require_empty(el);
    out.push_back(InlineLeaf{style, true, {}});
    return;
  }
  if (name == "image" || name == "qrcode") {
    out.push_back(picture(el, style));
    return;
  }
  if (name == "b" || name == "i" || name == "u") {
    Attributes a(el, ctx_, {});
    if (name == "b") s.bold = true;
    if (name == "i") s.italic = true;
    if (name == "u") s.underline = true;
  } else if (name == "span") {
    Attributes a(el, ctx_, kTextStyleAttributes);
    apply_text_style(a, s);
  } else {
    misplaced(el, el.parent());
  }
  inline_children(el, s, out);
}

}  // namespace formwork
