#include "docx/tag_scanner.h"

#include <algorithm>
#include <string_view>

#include "expr/placeholder.h"

namespace formwork {

namespace {

// Elements between a paragraph and its runs whose runs are the paragraph's
// visible text (§17.3.1 paragraph content, §17.13.5 revisions, §17.5.2
// inline content controls).
bool is_run_container(std::string_view name) {
  for (std::string_view c : {"w:hyperlink", "w:ins", "w:smartTag", "w:fldSimple", "w:customXml",
                             "w:sdt", "w:sdtContent", "w:moveTo", "w:dir", "w:bdo"}) {
    if (name == c) return true;
  }
  return false;
}

// One w:t and where its text starts in the paragraph's joined text.
struct Piece {
  pugi::xml_node t;
  std::string text;
  std::size_t begin = 0;
};

void collect_pieces(pugi::xml_node node, std::vector<Piece>& pieces, std::size_t& length) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view name = child.name();
    if (name == "w:r") {
      for (pugi::xml_node t : child.children("w:t")) {
        pieces.push_back({t, t.child_value(), length});
        length += pieces.back().text.size();
      }
    } else if (is_run_container(name)) {
      collect_pieces(child, pieces, length);
    }
  }
}

struct Span {
  std::size_t open = 0, end = 0;  // [open, end) in the joined text
};

// What a piece holds after normalising: literal text and whole tags.
struct Segment {
  std::string text;
  int tag = -1;  // index into the found tags, -1 for literal text
};

std::vector<Segment> segments_of(const Piece& piece, const std::string& joined,
                                 const std::vector<Span>& spans) {
  const std::size_t b = piece.begin, e = piece.begin + piece.text.size();
  std::vector<Segment> out;
  auto literal = [&](std::size_t from, std::size_t to) {
    if (to > from) out.push_back({joined.substr(from, to - from), -1});
  };
  std::size_t pos = b;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const Span& s = spans[i];
    if (s.end <= b || s.open >= e) continue;  // does not touch this piece
    literal(pos, std::max(pos, s.open));
    if (s.open >= b) out.push_back({joined.substr(s.open, s.end - s.open), static_cast<int>(i)});
    pos = std::min(s.end, e);
  }
  literal(pos, e);
  return out;
}

pugi::xml_node insert_text(pugi::xml_node before, const std::string& text) {
  pugi::xml_node t = before.parent().insert_child_before("w:t", before);
  t.append_attribute("xml:space") = "preserve";
  t.text().set(text.c_str());
  return t;
}

// True when `run` holds nothing but its properties.
bool is_empty_run(pugi::xml_node run) {
  for (pugi::xml_node c : run.children()) {
    if (c.type() == pugi::node_element && std::string_view(c.name()) != "w:rPr") return false;
  }
  return true;
}

// Rewrites one piece's w:t as its segments; records where each tag went.
void rewrite(Piece& piece, const std::vector<Segment>& segments, std::vector<FoundTag>& found) {
  const bool untouched = piece.text.empty() || (segments.size() == 1 && segments[0].tag < 0 &&
                                                segments[0].text.size() == piece.text.size());
  if (untouched) return;
  pugi::xml_node run = piece.t.parent();
  for (const Segment& s : segments) {
    pugi::xml_node t = insert_text(piece.t, s.text);
    if (s.tag >= 0) found[static_cast<std::size_t>(s.tag)].t = t;
  }
  run.remove_child(piece.t);
  if (is_empty_run(run)) run.parent().remove_child(run);
}

}  // namespace

ParagraphTags scan_paragraph(pugi::xml_node p) {
  std::vector<Piece> pieces;
  std::size_t length = 0;
  collect_pieces(p, pieces, length);
  std::string joined;
  joined.reserve(length);
  for (const Piece& piece : pieces) joined += piece.text;

  ParagraphTags result;
  std::vector<Span> spans;
  for (std::size_t pos = 0;;) {
    std::size_t open = joined.find("{{", pos);
    if (open == std::string::npos) break;
    std::size_t end = find_placeholder_end(joined, open + 2);
    if (end == std::string::npos) {
      result.unclosed = joined.substr(open);
      return result;
    }
    spans.push_back({open, end});
    result.tags.push_back({joined.substr(open, end - open), {}});
    pos = end;
  }
  if (spans.empty()) return result;
  for (Piece& piece : pieces) rewrite(piece, segments_of(piece, joined, spans), result.tags);
  return result;
}

}  // namespace formwork
