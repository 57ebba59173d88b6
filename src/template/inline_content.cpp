#include "template/inline_content.h"

#include "expr/placeholder.h"

namespace formwork {

namespace {

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_empty_literal(const TextPiece& p) { return !p.placeholder && p.literal.empty(); }

// Removes leading blanks at line starts and after a blank, in reading order.
void trim_forward(Inlines& leaves) {
  bool strip = true;  // at a line start or just after a blank
  for (InlineLeaf& leaf : leaves) {
    if (leaf.is_break || leaf.picture) {
      strip = leaf.is_break;  // a picture is content, like a placeholder
      continue;
    }
    for (TextPiece& p : leaf.pieces) {
      if (p.placeholder) {
        strip = false;
      } else {
        if (strip && p.literal.starts_with(' ')) p.literal.erase(0, 1);
        if (!p.literal.empty()) strip = p.literal.ends_with(' ');
      }
    }
  }
}

// Removes trailing blanks at line ends, in reverse reading order.
void trim_backward(Inlines& leaves) {
  bool strip = true;  // at a line end
  for (auto leaf = leaves.rbegin(); leaf != leaves.rend(); ++leaf) {
    if (leaf->is_break || leaf->picture) {
      strip = leaf->is_break;
      continue;
    }
    for (auto p = leaf->pieces.rbegin(); p != leaf->pieces.rend(); ++p) {
      if (p->placeholder) {
        strip = false;
      } else {
        if (strip && p->literal.ends_with(' ')) p->literal.pop_back();
        if (!p->literal.empty()) strip = false;
      }
    }
  }
}

}  // namespace

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (!is_xml_space(text[i])) {
      out += text[i++];
      continue;
    }
    bool has_line_end = false;
    for (; i < text.size() && is_xml_space(text[i]); ++i) {
      has_line_end = has_line_end || text[i] == '\n' || text[i] == '\r';
    }
    if (!has_line_end) out += ' ';
  }
  return out;
}

std::vector<TextPiece> split_text(std::string_view text, std::size_t source_offset,
                                  const SourceMap& source, bool collapse) {
  std::vector<TextPiece> pieces;
  auto add_literal = [&](std::string_view s) {
    std::string lit = collapse ? collapse_whitespace(s) : std::string(s);
    if (!lit.empty()) pieces.push_back(TextPiece{std::move(lit), std::nullopt});
  };
  std::size_t pos = 0;
  std::size_t at = source_offset;  // source offset of the last placeholder's "{{"
  for (bool first = true;; first = false) {
    std::size_t open = text.find("{{", pos);
    if (open == std::string_view::npos) break;
    add_literal(text.substr(pos, open - pos));
    // The next "{{" in the source after the previous one: searching from
    // the text's start for the k-th each time made this quadratic.
    if (at != std::string::npos) at = source.find_placeholder(first ? at : at + 2);
    SourceLoc loc = source.loc(at == std::string::npos ? source_offset : at);
    std::size_t end = find_placeholder_end(text, open + 2);
    if (end == std::string_view::npos) throw TemplateError("'{{' without a closing '}}'", loc);
    pieces.push_back(TextPiece{"", TextTemplate::parse(text.substr(open, end - open), loc)});
    pos = end;
  }
  add_literal(text.substr(pos));
  return pieces;
}

void trim_inlines(Inlines& leaves) {
  trim_forward(leaves);
  trim_backward(leaves);
  for (InlineLeaf& leaf : leaves) std::erase_if(leaf.pieces, is_empty_literal);
  std::erase_if(leaves,
                [](const InlineLeaf& l) { return !l.is_break && !l.picture && l.pieces.empty(); });
}

}  // namespace formwork
