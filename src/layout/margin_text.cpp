#include "layout/margin_text.h"

#include "layout/paragraph_layout.h"
#include "model/page_pattern.h"

namespace formwork {

namespace {

constexpr double kUnbounded = 1e6;  // pt: a measure no header line reaches

enum class Edge { Top, Bottom };

// The em-box top (pt, page coordinates) of a block `height` pt tall.
double em_top(const MarginText& m, Edge edge, const PageSetup& setup, const Page& page,
              double height) {
  double top = mm_to_pt(setup.margin_top_mm);
  double bottom = page.height_pt - mm_to_pt(setup.margin_bottom_mm);
  if (edge == Edge::Bottom) {
    if (m.distance_mm < 0) return bottom + (mm_to_pt(setup.margin_bottom_mm) - height) / 2;
    return bottom + mm_to_pt(m.distance_mm);
  }
  if (m.distance_mm < 0) return (top - height) / 2;
  return top - mm_to_pt(m.distance_mm) - height;
}

// x of a line `w` pt wide on page number `number`.
double line_x(const MarginText& m, const PageSetup& setup, const Page& page, int number, double w) {
  double left = mm_to_pt(setup.margin_left_mm);
  double right = page.width_pt - mm_to_pt(setup.margin_right_mm);
  double indent = m.indent_em * m.size_pt;
  MarginTextAlign align = m.align;
  if (align == MarginTextAlign::Outside) {
    align = number % 2 == 1 ? MarginTextAlign::Right : MarginTextAlign::Left;
  }
  switch (align) {
    case MarginTextAlign::Left:
      return left + indent;
    case MarginTextAlign::Right:
      return right - indent - w;
    case MarginTextAlign::Center:
    case MarginTextAlign::Outside:
      break;
  }
  return (left + right - w) / 2;
}

double line_width(const LineBox& line) {
  if (line.runs.empty()) return 0;
  return line.runs.back().x + line.runs.back().width - line.runs.front().x;
}

void place_one(const MarginText& m, Edge edge, const PageSetup& setup, Page& page, int number,
               int count, TextContext& ctx) {
  if (m.empty() || (m.skip_first_page && number == 1)) return;
  Paragraph p;
  p.line_spacing = 1.0;
  Run run{margin_text(m.pattern, number, count), TextStyle{}, nullptr};
  run.style.font_role = m.font_role;
  run.style.size_pt = m.size_pt;
  run.style.own_face_for_latin = m.own_face_for_latin;
  p.runs.push_back(std::move(run));
  ParagraphBox box = layout_paragraph(p, 0, kUnbounded, Align::Left, ctx);
  double height = box.lines_height() - box.lines.back().height + m.size_pt;
  double y = em_top(m, edge, setup, page, height);
  for (const LineBox& line : box.lines) {
    double baseline = y + kEmBoxAscent * m.size_pt;
    double x = line_x(m, setup, page, number, line_width(line));
    for (GlyphRun r : line.runs) {
      r.x += x;
      r.y = baseline;
      page.items.push_back(std::move(r));
    }
    y += line.height;
  }
}

}  // namespace

std::string margin_text(const std::string& pattern, int page, int pages) {
  std::string s;
  for (const PagePatternPart& part : split_page_pattern(pattern)) {
    switch (part.kind) {
      case PagePatternPart::Kind::Page:
        s += std::to_string(page);
        break;
      case PagePatternPart::Kind::Pages:
        s += std::to_string(pages);
        break;
      case PagePatternPart::Kind::Text:
        s += part.text;
        break;
    }
  }
  return s;
}

void place_margin_texts(PageFlow& flow, TextContext& ctx) {
  std::vector<Page>& pages = flow.pages();
  int count = static_cast<int>(pages.size());
  for (int i = 0; i < count; ++i) {
    const PageSetup& setup = flow.setup_of(static_cast<size_t>(i));
    Page& page = pages[static_cast<size_t>(i)];
    place_one(setup.header, Edge::Top, setup, page, i + 1, count, ctx);
    place_one(setup.footer, Edge::Bottom, setup, page, i + 1, count, ctx);
  }
}

}  // namespace formwork
