#include "docx/docx_sections.h"

#include <variant>

namespace formwork {

std::vector<SectionRange> split_sections(const Document& doc) {
  std::vector<SectionRange> all{{&doc.page, 0, 0}};
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    if (const auto* brk = std::get_if<SectionBreak>(&doc.blocks[i])) {
      all.back().end = i;
      all.push_back({&brk->page, i + 1, i + 1});
    }
  }
  all.back().end = doc.blocks.size();
  std::vector<SectionRange> used;
  for (const SectionRange& s : all) {
    if (s.begin < s.end) used.push_back(s);
  }
  if (used.empty()) used.push_back(all.front());
  return used;
}

std::vector<const PageSetup*> section_pages(const std::vector<SectionRange>& sections) {
  std::vector<const PageSetup*> pages;
  for (const SectionRange& s : sections) pages.push_back(s.page);
  return pages;
}

}  // namespace formwork
