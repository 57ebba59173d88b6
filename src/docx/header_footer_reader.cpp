#include "docx/header_footer_reader.h"

#include <algorithm>
#include <pugixml.hpp>
#include <variant>
#include <vector>

#include "docx/paragraph_reader.h"
#include "docx/reader_xml.h"

namespace formwork {

namespace {

using docx_read::child;
using docx_read::local_name;

// A paragraph of the part with its resolved properties (tab stops).
struct Candidate {
  Paragraph para;
  ParaProps props;
  std::string box_align;  ///< the horizontal wp:align of the text box it is in
};

// The text box contents (w:txbxContent) under `node`, each once: the
// DrawingML one of an mc:AlternateContent, not its VML fallback copy.
void text_boxes(const pugi::xml_node& node, std::vector<pugi::xml_node>& out) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element || docx_read::is(c, "Fallback")) continue;
    if (docx_read::is(c, "txbxContent")) {
      out.push_back(c);
    } else {
      text_boxes(c, out);
    }
  }
}

// How the text box holding `content` (a w:txbxContent) is aligned on the
// line: its wp:anchor's wp:positionH wp:align, or its VML shape's
// mso-position-horizontal ("center", "outside"…); "" when placed by offset.
std::string box_alignment(const pugi::xml_node& content) {
  for (pugi::xml_node n = content.parent(); n; n = n.parent()) {
    if (docx_read::is(n, "anchor")) {
      return child(child(n, "positionH"), "align").text().get();
    }
    std::string_view style = docx_read::attr_value(n, "style");
    const std::string_view key = "mso-position-horizontal:";
    if (size_t at = style.find(key); at != std::string_view::npos) {
      std::string_view v = style.substr(at + key.size());
      return std::string(v.substr(0, v.find(';')));
    }
  }
  return "";
}

bool contains(const std::string& s, const char* needle) {
  return s.find(needle) != std::string::npos;
}

bool has_page_field(const Paragraph& p) {
  const std::string t = p.text();
  return contains(t, kPageMarker) || contains(t, kPagesMarker);
}

// Text a reader sees: markers count, tabs and spaces do not.
bool has_visible_text(const Paragraph& p) {
  std::string t = p.text();
  for (const char* blank : {kMarginTabMarker, "\u3000", " ", "\n", "\u00A0"}) {
    for (size_t at; (at = t.find(blank)) != std::string::npos;)
      t.erase(at, std::string(blank).size());
  }
  return !t.empty();
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) {
    s.replace(at, from.size(), to);
  }
}

// The alignment a line gets from `leading_tabs` tabs before its text: the
// kind of the tab stop they reach (Word's Header and Footer styles set a
// centre stop and a right stop), left when the stops run out.
MarginTextAlign tab_align(const ParaProps& props, size_t leading_tabs) {
  std::vector<const TabStop*> stops;
  for (const TabStop& t : props.tabs) {
    if (t.kind != "clear" && t.kind != "bar") stops.push_back(&t);
  }
  if (leading_tabs == 0 || leading_tabs > stops.size()) return MarginTextAlign::Left;
  const std::string& kind = stops[leading_tabs - 1]->kind;
  if (kind == "center") return MarginTextAlign::Center;
  if (kind == "right" || kind == "end") return MarginTextAlign::Right;
  return MarginTextAlign::Left;
}

// A frame's w:xAlign (§17.18.104 ST_XAlign) as the line's alignment;
// "inside" is the even pages' outside, which the model does not have.
MarginTextAlign frame_align(const std::string& x, MarginTextAlign fallback) {
  if (x == "left") return MarginTextAlign::Left;
  if (x == "center") return MarginTextAlign::Center;
  if (x == "right") return MarginTextAlign::Right;
  if (x == "outside") return MarginTextAlign::Outside;
  return fallback;
}

MarginTextAlign align_of(Align a) {
  switch (a) {
    case Align::Center:
      return MarginTextAlign::Center;
    case Align::Right:
      return MarginTextAlign::Right;
    case Align::Left:
    case Align::Justify:
      break;
  }
  return MarginTextAlign::Left;
}

MarginLine line_of(const Candidate& c) {
  MarginLine line;
  std::string pattern = c.para.text();
  size_t tabs = 0;
  const std::string tab = kMarginTabMarker;
  while (pattern.compare(0, tab.size(), tab) == 0) {
    pattern.erase(0, tab.size());
    ++tabs;
  }
  replace_all(pattern, tab, "\u3000");
  replace_all(pattern, kPageMarker, "{page}");
  replace_all(pattern, kPagesMarker, "{pages}");
  line.text.pattern = pattern;
  line.text.align = align_of(c.para.align);
  if (tabs > 0 && c.para.align == Align::Left) line.text.align = tab_align(c.props, tabs);
  if (c.props.frame_align) line.text.align = frame_align(*c.props.frame_align, line.text.align);
  if (!c.box_align.empty()) line.text.align = frame_align(c.box_align, line.text.align);
  for (const Run& run : c.para.runs) {
    if (run.picture || run.text.empty()) continue;
    line.text.font_role = run.style.font_role;
    line.text.size_pt = run.style.size_pt;
    line.text.own_face_for_latin = run.style.own_face_for_latin;
    break;
  }
  if (line.text.align == MarginTextAlign::Left) line.text.indent_em = c.para.left_indent_em;
  if (line.text.align == MarginTextAlign::Right) line.text.indent_em = c.para.right_indent_em;
  line.empty = false;
  return line;
}

// The paragraphs of a header or footer part, through content controls
// (Word's page-number building blocks are w:sdt), tables (a footer laid
// out in a table) and text boxes (WPS puts page numbers in one).
struct CandidateCollector {
  ParagraphReader& paragraphs;
  ReaderWarnings& warnings;
  const std::string& part;
  std::vector<Candidate> found;

  void walk(const pugi::xml_node& node, const std::string& box_align) {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
      std::string_view n = local_name(c);
      if (c.type() != pugi::node_element) continue;
      if (n == "p") {
        paragraph(c, box_align);
      } else if (n == "tbl") {
        warnings.note(DocxLoss::MarginTable, part);
        walk(c, box_align);
      } else if (n == "sdt") {
        walk(child(c, "sdtContent"), box_align);
      } else if (n == "customXml" || n == "sdtContent" || n == "tr" || n == "tc") {
        walk(c, box_align);
      }
    }
  }

  void paragraph(const pugi::xml_node& p, const std::string& box_align) {
    ReadParagraph read = paragraphs.read(p);
    for (Block& b : read.blocks) {
      if (auto* para = std::get_if<Paragraph>(&b)) {
        found.push_back({std::move(*para), read.props, box_align});
      }
    }
    std::vector<pugi::xml_node> boxes;
    text_boxes(p, boxes);
    for (const pugi::xml_node& box : boxes) walk(box, box_alignment(box));
  }
};

}  // namespace

const MarginLine& HeaderFooterReader::read(const std::string& name) {
  auto it = cache_.find(name);
  if (it == cache_.end()) it = cache_.emplace(name, parse(name)).first;
  return it->second;
}

MarginLine HeaderFooterReader::parse(const std::string& name) {
  std::optional<std::string> bytes = ctx_.package->part(name);
  if (!bytes) return {};
  pugi::xml_document xml;
  docx_read::parse_part(xml, *bytes, name);
  PartContext part{name, ctx_.package->relationships(name), true};
  ParagraphReader paragraphs(ctx_, part);
  CandidateCollector collector{paragraphs, *ctx_.warnings, name, {}};
  collector.walk(xml.document_element(), "");
  const std::vector<Candidate>& candidates = collector.found;
  auto with_page = std::find_if(candidates.begin(), candidates.end(),
                                [](const Candidate& c) { return has_page_field(c.para); });
  auto with_text = std::find_if(candidates.begin(), candidates.end(),
                                [](const Candidate& c) { return has_visible_text(c.para); });
  const Candidate* chosen = with_page != candidates.end()   ? &*with_page
                            : with_text != candidates.end() ? &*with_text
                                                            : nullptr;
  for (const Candidate& c : candidates) {
    for (const Run& run : c.para.runs) {
      if (run.picture) ctx_.warnings->note(DocxLoss::MarginPicture, name);
    }
    if (c.para.rule) ctx_.warnings->note(DocxLoss::MarginRule, name);
    if (&c != chosen && has_visible_text(c.para)) {
      ctx_.warnings->note(DocxLoss::MarginExtraText, name);
    }
  }
  return chosen != nullptr ? line_of(*chosen) : MarginLine{};
}

}  // namespace formwork
