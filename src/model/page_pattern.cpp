#include "model/page_pattern.h"

namespace formwork {

std::vector<PagePatternPart> split_page_pattern(std::string_view pattern) {
  std::vector<PagePatternPart> parts;
  auto literal = [&](std::string_view s) {
    if (s.empty()) return;
    if (parts.empty() || parts.back().kind != PagePatternPart::Kind::Text) {
      parts.push_back({PagePatternPart::Kind::Text, ""});
    }
    parts.back().text += s;
  };
  while (!pattern.empty()) {
    size_t at = pattern.find('{');
    literal(pattern.substr(0, at));
    if (at == std::string_view::npos) break;
    pattern.remove_prefix(at);
    // "{pages}" first: "{page" is a prefix of it.
    if (pattern.starts_with("{pages}")) {
      parts.push_back({PagePatternPart::Kind::Pages, ""});
      pattern.remove_prefix(7);
    } else if (pattern.starts_with("{page}")) {
      parts.push_back({PagePatternPart::Kind::Page, ""});
      pattern.remove_prefix(6);
    } else {
      literal("{");
      pattern.remove_prefix(1);
    }
  }
  return parts;
}

}  // namespace formwork
