#include "xlsx/xlsx_template_text.h"

namespace formwork {

std::vector<CellTextPiece> split_tags(const std::string& text, TagSite site, std::vector<Tag>& tags,
                                      std::vector<size_t>& block_tags,
                                      std::vector<size_t>* picture_tags,
                                      const PictureFiles* pictures) {
  std::vector<CellTextPiece> pieces;
  std::string literal;
  size_t i = 0;
  for (;;) {
    const size_t open = text.find("{{", i);
    literal += text.substr(i, open == std::string::npos ? std::string::npos : open - i);
    if (open == std::string::npos) break;
    const size_t close = text.find("}}", open + 2);
    if (close == std::string::npos) {
      site.text = text.substr(open);
      fail_at(site, " has no closing '}}'");
    }
    site.text = text.substr(open, close + 2 - open);
    const size_t body = site.text.find_first_not_of(" \t", 2);
    if (body != std::string::npos && site.text[body] == '%' && !picture_tags) {
      fail_at(site, ": pictures cannot stand in a header or footer");
    }
    tags.push_back(parse_tag(site, pictures));
    const size_t index = tags.size() - 1;
    const TagKind kind = tags.back().kind;
    if (is_block(kind)) {
      block_tags.push_back(index);
    } else if (kind == TagKind::Image || kind == TagKind::QrCode) {
      picture_tags->push_back(index);
    } else {
      if (!literal.empty()) pieces.push_back({std::move(literal), std::nullopt});
      literal.clear();
      pieces.push_back({"", index});
    }
    i = close + 2;
  }
  if (!literal.empty()) pieces.push_back({std::move(literal), std::nullopt});
  return pieces;
}

std::string render_pieces(const std::vector<CellTextPiece>& pieces, const std::vector<Tag>& tags,
                          const Scope& scope, std::string (*escape)(std::string)) {
  std::string out;
  for (const CellTextPiece& p : pieces) {
    if (!p.tag) {
      out += p.literal;
      continue;
    }
    const Tag& tag = tags[*p.tag];
    std::string text = at_tag(tag.site, [&] { return tag.text->render(scope); });
    out += escape ? escape(std::move(text)) : text;
  }
  return out;
}

}  // namespace formwork
