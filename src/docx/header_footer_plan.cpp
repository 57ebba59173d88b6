#include "docx/header_footer_plan.h"

#include <algorithm>
#include <string>
#include <utility>

#include "docx/header_footer_xml.h"

namespace formwork {

namespace {

const MarginText& margin_text(const PageSetup& page, bool header) {
  return header ? page.header : page.footer;
}

bool any_text(const std::vector<const PageSetup*>& sections, bool header) {
  return std::any_of(sections.begin(), sections.end(),
                     [&](const PageSetup* p) { return !margin_text(*p, header).empty(); });
}

bool any_outside(const std::vector<const PageSetup*>& sections) {
  return std::any_of(sections.begin(), sections.end(), [](const PageSetup* p) {
    return (!p->header.empty() && p->header.align == MarginTextAlign::Outside) ||
           (!p->footer.empty() && p->footer.align == MarginTextAlign::Outside);
  });
}

MarginSide side_of(const MarginText& text, bool even_page) {
  switch (text.align) {
    case MarginTextAlign::Left:
      return MarginSide::Left;
    case MarginTextAlign::Right:
      return MarginSide::Right;
    case MarginTextAlign::Outside:
      return even_page ? MarginSide::Left : MarginSide::Right;
    case MarginTextAlign::Center:
      break;
  }
  return MarginSide::Center;
}

class PartSet {
 public:
  explicit PartSet(const DocxFonts& fonts) : fonts_(fonts) {}

  // The relationship id of the part showing `text` (null: empty) on `side`.
  std::string use(const MarginText* text, MarginSide side, bool header) {
    std::string xml = build_header_footer_xml(text, side, header, fonts_);
    for (const HeaderFooterPart& part : parts_) {
      if (part.header == header && part.xml == xml) return part.rel_id;
    }
    int n = 1 + static_cast<int>(std::count_if(parts_.begin(), parts_.end(),
                                               [&](const auto& p) { return p.header == header; }));
    std::string kind = header ? "header" : "footer";
    std::string rel = header ? "rIdHeader" : "rIdFooter";
    parts_.push_back({header, kind + std::to_string(n) + ".xml", rel + std::to_string(n), xml});
    return parts_.back().rel_id;
  }

  std::vector<HeaderFooterPart> take() { return std::move(parts_); }

 private:
  const DocxFonts& fonts_;
  std::vector<HeaderFooterPart> parts_;
};

}  // namespace

HeaderFooterPlan plan_headers_footers(const std::vector<const PageSetup*>& sections,
                                      const DocxFonts& fonts) {
  HeaderFooterPlan plan;
  if (sections.empty()) return plan;
  plan.even_and_odd = any_outside(sections);
  const PageSetup& first = *sections.front();
  plan.title_page = (!first.header.empty() && first.header.skip_first_page) ||
                    (!first.footer.empty() && first.footer.skip_first_page);
  PartSet parts(fonts);
  plan.refs.resize(sections.size());
  for (bool header : {true, false}) {
    if (!any_text(sections, header)) continue;
    for (size_t s = 0; s < sections.size(); ++s) {
      const MarginText& text = margin_text(*sections[s], header);
      const MarginText* shown = text.empty() ? nullptr : &text;
      std::vector<HeaderFooterRef>& refs = plan.refs[s];
      std::string odd = parts.use(shown, side_of(text, false), header);
      refs.push_back({header, "default", odd});
      if (plan.even_and_odd)
        refs.push_back({header, "even", parts.use(shown, side_of(text, true), header)});
      if (s == 0 && plan.title_page) {
        bool blank = shown == nullptr || text.skip_first_page;
        refs.push_back(
            {header, "first", blank ? parts.use(nullptr, MarginSide::Center, header) : odd});
      }
    }
  }
  plan.parts = parts.take();
  return plan;
}

}  // namespace formwork
