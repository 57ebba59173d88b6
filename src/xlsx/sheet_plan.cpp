#include "xlsx/sheet_plan.h"

#include <variant>

#include "xlsx/sheet_name.h"

namespace formwork {

std::vector<SheetPlan> plan_sheets(const Document& doc) {
  struct Pending {
    std::string wanted;
    PageSetup page;
    size_t begin, end;
  };
  std::vector<Pending> parts{{doc.sheet_name, doc.page, 0, 0}};
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const auto* s = std::get_if<SectionBreak>(&doc.blocks[i]);
    if (!s || s->sheet_name.empty()) {
      parts.back().end = i + 1;
      continue;
    }
    if (parts.size() == 1 && parts.back().end == parts.back().begin) parts.clear();
    parts.push_back({s->sheet_name, s->page, i + 1, i + 1});
  }
  std::vector<SheetPlan> plans;
  std::vector<std::string> taken;
  for (const Pending& p : parts) {
    taken.push_back(unique_sheet_name(p.wanted, taken));
    plans.push_back({taken.back(), p.page,
                     std::span<const Block>(doc.blocks.data() + p.begin, p.end - p.begin)});
  }
  return plans;
}

}  // namespace formwork
