#include "docx/document_styles.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <variant>

namespace formwork {

namespace {

TextStyle plain(const std::string& role, double size_pt, bool bold = false) {
  TextStyle s;
  s.font_role = role;
  s.size_pt = size_pt;
  s.bold = bold;
  return s;
}

TextStyle normal_style(const Document& doc) {
  // (role, size) → (characters, order of first appearance)
  std::map<std::pair<std::string, double>, std::pair<size_t, size_t>> weight;
  for (const Block& block : doc.blocks) {
    const auto* para = std::get_if<Paragraph>(&block);
    if (para == nullptr || para->role != ParagraphRole::Body) continue;
    for (const Run& run : para->runs) {
      auto [it, fresh] = weight.try_emplace({run.style.font_role, run.style.size_pt},
                                            std::pair<size_t, size_t>{0, weight.size()});
      it->second.first += run.text.size();
    }
  }
  if (weight.empty()) return TextStyle{};
  auto best = std::max_element(weight.begin(), weight.end(), [](const auto& a, const auto& b) {
    if (a.second.first != b.second.first) return a.second.first < b.second.first;
    return a.second.second > b.second.second;  // the earlier one wins a tie
  });
  return plain(best->first.first, best->first.second);
}

}  // namespace

DocumentStyles derive_document_styles(const Document& doc) {
  DocumentStyles styles;
  styles.normal = normal_style(doc);
  styles.title = plain("xbs", 22);
  styles.heading = {plain("hei", 16), plain("kai", 16), plain("fangsong", 16),
                    plain("fangsong", 16)};
  bool title_seen = false;
  std::array<bool, 4> heading_seen{};
  for (const Block& block : doc.blocks) {
    const auto* para = std::get_if<Paragraph>(&block);
    if (para == nullptr || para->runs.empty()) continue;
    const TextStyle& first = para->runs.front().style;
    TextStyle style = plain(first.font_role, first.size_pt, first.bold);
    if (para->role == ParagraphRole::Title && !title_seen) {
      styles.title = style;
      title_seen = true;
    } else if (para->role == ParagraphRole::Heading) {
      size_t level = static_cast<size_t>(std::clamp(para->heading_level, 1, 4) - 1);
      if (!heading_seen[level]) styles.heading[level] = style;
      heading_seen[level] = true;
    }
  }
  return styles;
}

}  // namespace formwork
