#include "docx/inline_reader.h"

#include <string>
#include <string_view>

#include "docx/number_formats.h"
#include "docx/reader_xml.h"
#include "util/utf8.h"

namespace formwork {

namespace {

using docx_read::attr_value;
using docx_read::child;
using docx_read::is;
using docx_read::local_name;

// Elements whose run-level children are read as if they were the
// paragraph's own (a hyperlink's runs are text like any other).
bool is_run_container(std::string_view name) {
  return name == "hyperlink" || name == "smartTag" || name == "customXml" || name == "ins" ||
         name == "moveTo" || name == "dir" || name == "bdo" || name == "sdtContent" ||
         name == "rubyBase";
}

// The branch of mc:AlternateContent to read: the first mc:Choice (Word's
// DrawingML), else mc:Fallback (VML), so one drawing is read once.
pugi::xml_node alternate_branch(const pugi::xml_node& alt) {
  pugi::xml_node choice = child(alt, "Choice");
  return choice ? choice : child(alt, "Fallback");
}

// w:sym w:char: a hex code point, F0xx in a symbol font (§17.3.3.30).
char32_t symbol_char(const pugi::xml_node& sym) {
  std::string_view hex = attr_value(sym, "char");
  char32_t c = 0;
  for (char h : hex) {
    int d = (h >= '0' && h <= '9')   ? h - '0'
            : (h >= 'a' && h <= 'f') ? h - 'a' + 10
            : (h >= 'A' && h <= 'F') ? h - 'A' + 10
                                     : -1;
    if (d < 0) return 0;
    c = c * 16 + static_cast<char32_t>(d);
  }
  // Symbol fonts are addressed with or without the F000 offset.
  if (c >= 0x20 && c <= 0xFF) c += 0xF000;
  return c;
}

// The text of m:t elements under `node`, in order.
void append_math_text(const pugi::xml_node& node, std::string& out) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (is(c, "t")) {
      out += c.text().get();
    } else {
      append_math_text(c, out);
    }
  }
}

}  // namespace

RunProps InlineReader::resolve(const RunProps& direct) const {
  RunProps props = base_;
  props.overlay(ctx_.styles->character_style(direct.style_id).run);
  props.overlay(direct);
  return props;
}

void InlineReader::read(const pugi::xml_node& container) {
  for (pugi::xml_node c = container.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view name = local_name(c);
    if (name == "r") {
      read_run(c);
    } else if (is_run_container(name)) {
      if (name == "ins" || name == "moveTo")
        ctx_.warnings->note(DocxLoss::TrackedChanges, part_.name);
      read(c);
    } else if (name == "sdt") {
      read(child(c, "sdtContent"));
    } else if (name == "fldSimple") {
      read_simple_field(c);
    } else if (name == "AlternateContent") {
      read(alternate_branch(c));
    } else if (name == "del" || name == "moveFrom") {
      ctx_.warnings->note(DocxLoss::TrackedChanges, part_.name);
    } else if (name == "oMath" || name == "oMathPara") {
      read_math(c);
    } else if (name == "ruby") {
      read(child(c, "rubyBase"));
    }
    // pPr, bookmarks, proofErr, permStart/End, comment ranges: no content.
  }
}

void InlineReader::read_run(const pugi::xml_node& r) {
  RunProps props = resolve(read_run_props(child(r, "rPr")));
  for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element) read_run_child(c, props);
  }
}

void InlineReader::text(std::string_view t, const RunProps& props) {
  if (fields_.visible()) out_.text(t, props);
}

void InlineReader::read_run_child(const pugi::xml_node& c, const RunProps& props) {
  std::string_view name = local_name(c);
  if (name == "t") {
    std::string t = c.text().get();
    for (size_t at; (at = t.find('\t')) != std::string::npos;) t.replace(at, 1, kTabText);
    for (size_t at; (at = t.find('\r')) != std::string::npos;) t.erase(at, 1);
    text(t, props);
  } else if (name == "tab" || name == "ptab") {
    text(part_.margin ? kMarginTabMarker : kTabText, props);
  } else if (name == "br") {
    std::string_view type = attr_value(c, "type");
    if (type == "page") {
      if (fields_.visible() && !part_.margin) out_.page_break();
    } else {
      if (type == "column") ctx_.warnings->note(DocxLoss::Columns, part_.name);
      text("\n", props);
    }
  } else if (name == "cr") {
    text("\n", props);
  } else if (name == "noBreakHyphen") {
    text("-", props);
  } else if (name == "sym") {
    read_symbol(c, props);
  } else if (name == "fldChar") {
    read_field_char(c, props);
  } else if (name == "instrText") {
    fields_.instruction(c.text().get());
  } else if (name == "drawing") {
    if (fields_.visible())
      out_.picture(ctx_.drawings->read_drawing(c, part_.rels, part_.name, part_.margin), props);
  } else if (name == "pict") {
    if (fields_.visible())
      out_.picture(ctx_.drawings->read_vml(c, part_.rels, part_.name, part_.margin), props);
  } else if (name == "object" || name == "control") {
    ctx_.warnings->note(DocxLoss::EmbeddedObject, part_.name);
  } else if (name == "footnoteReference" || name == "endnoteReference") {
    ctx_.warnings->note(DocxLoss::Footnote, part_.name);
  } else if (name == "AlternateContent") {
    pugi::xml_node branch = alternate_branch(c);
    for (pugi::xml_node b = branch.first_child(); b; b = b.next_sibling()) {
      if (b.type() == pugi::node_element) read_run_child(b, props);
    }
  }
  // rPr, delText, softHyphen, lastRenderedPageBreak, annotation marks,
  // separators: nothing printed.
}

void InlineReader::page_marker(FieldKind kind, const RunProps& props) {
  out_.text(kind == FieldKind::Page ? kPageMarker : kPagesMarker, props);
}

void InlineReader::read_field_char(const pugi::xml_node& c, const RunProps& props) {
  std::string_view type = attr_value(c, "fldCharType");
  if (type == "begin") {
    fields_.begin();
  } else if (type == "separate") {
    bool shown = false;
    FieldKind kind = fields_.separate();
    if (part_.margin && kind != FieldKind::Other) {
      shown = fields_.visible();
      fields_.replace_result();
      if (shown) page_marker(kind, props);
    }
  } else if (type == "end") {
    bool had_result = true;
    FieldKind kind = fields_.end(&had_result);
    if (part_.margin && kind != FieldKind::Other && !had_result && fields_.visible()) {
      page_marker(kind, props);
    }
  }
}

void InlineReader::read_simple_field(const pugi::xml_node& fld) {
  FieldKind kind = field_kind(attr_value(fld, "instr"));
  if (!part_.margin || kind == FieldKind::Other) {
    read(fld);
    return;
  }
  if (!fields_.visible()) return;
  pugi::xml_node first_run = child(fld, "r");
  page_marker(kind, resolve(read_run_props(child(first_run, "rPr"))));
}

void InlineReader::read_symbol(const pugi::xml_node& sym, const RunProps& props) {
  char32_t c = symbol_char(sym);
  if (c == 0) return;
  bool rough = false;
  std::string shown = bullet_text(u32_to_utf8(std::u32string(1, c)), &rough);
  if (rough) ctx_.warnings->note(DocxLoss::SymbolFont, part_.name);
  text(shown, props);
}

void InlineReader::read_math(const pugi::xml_node& math) {
  ctx_.warnings->note(DocxLoss::Equation, part_.name);
  std::string plain;
  append_math_text(math, plain);
  text(plain, base_);
}

}  // namespace formwork
