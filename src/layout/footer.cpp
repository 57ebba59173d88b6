#include "layout/footer.h"

#include "layout/paragraph_layout.h"

namespace formwork {

namespace {

constexpr double kFooterSizePt = 10.5;  // 五号

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

}  // namespace

std::string footer_text(const std::string& pattern, int page, int pages) {
  std::string s = pattern;
  // "{pages}" first: "{page}" is a prefix of it.
  replace_all(s, "{pages}", std::to_string(pages));
  replace_all(s, "{page}", std::to_string(page));
  return s;
}

void place_footers(const PageSetup& setup, std::vector<Page>& pages, TextContext& ctx) {
  if (setup.footer.empty()) return;
  double left = mm_to_pt(setup.margin_left_mm);
  double bottom_margin = mm_to_pt(setup.margin_bottom_mm);
  int count = static_cast<int>(pages.size());
  for (int i = 0; i < count; ++i) {
    Page& page = pages[static_cast<size_t>(i)];
    Paragraph p;
    p.line_spacing = 1.0;
    p.runs.push_back(Run{footer_text(setup.footer.pattern, i + 1, count), TextStyle{}});
    p.runs.back().style.size_pt = kFooterSizePt;
    double width = page.width_pt - left - mm_to_pt(setup.margin_right_mm);
    ParagraphBox box = layout_paragraph(p, left, width, Align::Center, ctx);
    double baseline = page.height_pt - bottom_margin / 2;
    double shift = 0;  // moves the first line's baseline onto `baseline`
    if (!box.lines.empty() && !box.lines.front().runs.empty()) {
      shift = baseline - box.lines.front().runs.front().y;
    }
    for (const LineBox& line : box.lines) {
      for (GlyphRun run : line.runs) {
        run.y += shift;
        page.items.push_back(std::move(run));
      }
      shift += line.height;
    }
  }
}

}  // namespace formwork
