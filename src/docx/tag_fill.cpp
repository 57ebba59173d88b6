#include "docx/tag_fill.h"

#include <string_view>

#include "docx/row_merge.h"
#include "docx/template_marks.h"
#include "picture/picture_error.h"
#include "picture/picture_size.h"
#include "picture/qr_code.h"
#include "util/forbidden_chars.h"
#include "util/utf8.h"

namespace formwork {

namespace {

using namespace docx_marks;

// CR LF and CR → LF, tabs kept for w:tab, the characters no output may
// carry dropped, NFC: as the XML templates' runs (template/render_inline.cpp).
std::string clean_value_text(std::string_view text) { return nfc(normalize_run_text(text, false)); }

// Replaces tag text `t` by `text`: w:t pieces, w:br for line feeds, w:tab
// for tabs, in the same run.
void write_text(pugi::xml_node t, std::string_view text) {
  pugi::xml_node run = t.parent();
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n' && text[i] != '\t') continue;
    if (i > start) {
      pugi::xml_node piece = run.insert_child_before("w:t", t);
      piece.append_attribute("xml:space") = "preserve";
      piece.text().set(std::string(text.substr(start, i - start)).c_str());
    }
    if (i < text.size()) run.insert_child_before(text[i] == '\n' ? "w:br" : "w:tab", t);
    start = i + 1;
  }
  run.remove_child(t);
}

std::string with_article(std::string_view type) {
  bool vowel = !type.empty() && std::string_view("aeiou").find(type[0]) != std::string_view::npos;
  return (vowel ? "an " : "a ") + std::string(type);
}

[[noreturn]] void data_fault(const Tag& tag, const std::string& value, const std::string& problem) {
  throw DataError(tag.site.file + ": " + describe(tag.site) + " gives '" + value + "': " + problem);
}

class PartFiller {
 public:
  explicit PartFiller(const PartFillContext& c) : c_(c) {}

  void fill_children(pugi::xml_node parent, const Scope& scope) {
    for (pugi::xml_node n = parent.first_child(); n;) {
      pugi::xml_node next = n.next_sibling();
      fill_node(n, scope);
      n = next;
    }
  }

 private:
  const Tag& tag_of(pugi::xml_node marked) const {
    return c_.tags[marked.attribute(kTag).as_ullong()];
  }

  void fill_node(pugi::xml_node n, const Scope& scope) {
    if (n.type() != pugi::node_element) return;
    std::string_view name = n.name();
    if (name == kEach) {
      expand_each(n, scope);
    } else if (name == kIf) {
      expand_if(n, scope);
    } else if (name == "w:t") {
      if (n.attribute(kTag)) fill_tag(n, scope);
    } else {
      fill_children(n, scope);
    }
  }

  void expand_each(pugi::xml_node wrapper, const Scope& scope) {
    const std::size_t id = wrapper.attribute(kTag).as_ullong();
    const Tag& tag = c_.tags[id];
    Value list = at_tag(tag.site, [&] { return tag.expr->eval(scope); });
    if (!list.is_array()) {
      fail_at(tag.site, ": '" + tag.expr->source() + "' is " + with_article(list.type_name()) +
                            ", expected a list");
    }
    pugi::xml_node parent = wrapper.parent();
    long long index = 0;
    for (const Value& item : list.as_array()) {
      Scope inner(item, &scope);
      bind_each_item(inner, tag, item, ++index);
      std::vector<pugi::xml_node> copies;
      for (pugi::xml_node c : wrapper.children()) {
        copies.push_back(parent.insert_copy_before(c, wrapper));
        if (index > 1) continue_spanning_cells(copies.back(), id);
      }
      for (pugi::xml_node copy : copies) fill_node(copy, inner);
    }
    parent.remove_child(wrapper);
  }

  void expand_if(pugi::xml_node wrapper, const Scope& scope) {
    const Tag& tag = tag_of(wrapper);
    bool yes = at_tag(tag.site, [&] { return tag.expr->eval(scope).truthy(); });
    pugi::xml_node branch = wrapper.child(yes ? kThen : kElse);
    pugi::xml_node parent = wrapper.parent();
    std::vector<pugi::xml_node> kept;
    for (pugi::xml_node c = branch.first_child(); c; c = branch.first_child()) {
      kept.push_back(parent.insert_move_before(c, wrapper));
    }
    parent.remove_child(wrapper);
    for (pugi::xml_node n : kept) fill_node(n, scope);
  }

  void fill_tag(pugi::xml_node t, const Scope& scope) {
    const Tag& tag = tag_of(t);
    if (tag.kind == TagKind::Text) {
      std::string text =
          at_tag(tag.site, [&] { return clean_value_text(tag.text->render(scope)); });
      write_text(t, text);
    } else {
      fill_picture(t, tag, scope);
    }
  }

  std::shared_ptr<Picture> load_picture(const Tag& tag, const std::string& value) const {
    if (tag.kind == TagKind::QrCode) {
      try {
        return make_qr_code(value, tag.width_mm, tag.level);
      } catch (const PictureError& e) {
        data_fault(tag, value.substr(0, 40) + (value.size() > 40 ? "…" : ""), e.what());
      }
    }
    std::shared_ptr<Picture> pic;
    if (tag.fixed) {
      pic = std::make_shared<Picture>(*tag.fixed);
    } else {
      if (c_.pictures == nullptr) fail_at(tag.site, ": no folder to read pictures from");
      try {
        pic = std::make_shared<Picture>(*c_.pictures->load(value));
      } catch (const PictureError& e) {
        data_fault(tag, value, e.what());
      }
    }
    set_printed_size(*pic, tag.width_mm, tag.height_mm);
    return pic;
  }

  void fill_picture(pugi::xml_node t, const Tag& tag, const Scope& scope) {
    std::string value = at_tag(tag.site, [&] { return tag.expr->eval(scope).to_text(); });
    if (value.empty() && !tag.fixed) {  // an optional seal the record does not have
      t.parent().remove_child(t);
      return;
    }
    std::shared_ptr<Picture> pic = load_picture(tag, value);
    pic->alt = clean_value_text(pic->alt);
    place_picture(t, *pic, c_.media.add(c_.part, *pic), c_.max_picture_width_emu);
  }

  const PartFillContext& c_;
};

bool is_block_content(pugi::xml_node n) {
  std::string_view name = n.name();
  return name == "w:p" || name == "w:tbl" || name == "w:sdt" || name == "w:customXml";
}

// A header, footer or body left with no paragraph or table (all its
// content in a dropped range) gets an empty paragraph: Word requires one
// in a header or footer (§17.10.4) and adds one to an empty body.
void keep_a_paragraph(pugi::xml_node story) {
  for (pugi::xml_node c : story.children()) {
    if (c.type() == pugi::node_element && is_block_content(c)) return;
  }
  pugi::xml_node sect = story.child("w:sectPr");
  if (sect) {
    story.insert_child_before("w:p", sect);
  } else {
    story.append_child("w:p");
  }
}

void unique_drawing_ids(pugi::xml_node node, FillMedia& media) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() != pugi::node_element) continue;
    if (std::string_view(c.name()) == "wp:docPr") {
      pugi::xml_attribute id = c.attribute("id");
      long unique = media.unique_drawing_id(id.as_llong());
      if (unique != id.as_llong()) id = static_cast<long long>(unique);
    }
    unique_drawing_ids(c, media);
  }
}

}  // namespace

void fill_part(pugi::xml_document& doc, const PartFillContext& context, const Scope& scope) {
  pugi::xml_node root = doc.document_element();
  PartFiller(context).fill_children(root, scope);
  finish_row_tables(root);
  keep_a_paragraph(std::string_view(root.name()) == "w:document" ? root.child("w:body") : root);
  unique_drawing_ids(root, context.media);
}

}  // namespace formwork
