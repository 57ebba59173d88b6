#include "xlsx/print_setup.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "model/page_pattern.h"
#include "model/units.h"
#include "util/forbidden_chars.h"

namespace formwork {
namespace {

constexpr int kPaperA4 = 9;
constexpr double kPtToMm = 1 / kPtPerMm;

double mm_to_inch(double mm) { return mm / 25.4; }

/// Header/footer margin in inches: from the page edge to the line's outer
/// edge, so that the line keeps `distance_mm` from the text block.
double line_margin_inch(const MarginText& text, double page_margin_mm) {
  const double mm = page_margin_mm - text.distance_mm - text.size_pt * kPtToMm;
  if (text.distance_mm < 0 || mm <= 0) return mm_to_inch(page_margin_mm) / 2;
  return mm_to_inch(mm);
}

}  // namespace

int paper_code(const PageSetup& page) {
  struct Paper {
    double w, h;
    int code;
  };
  static constexpr Paper kPapers[] = {{297, 420, 8},    {210, 297, 9},  {148, 210, 11},
                                      {182, 257, 13},   {176, 250, 34}, {215.9, 279.4, 1},
                                      {215.9, 355.6, 5}};
  const double a = std::min(page.width_mm, page.height_mm);
  const double b = std::max(page.width_mm, page.height_mm);
  for (const Paper& p : kPapers) {
    if (std::abs(a - p.w) <= 1 && std::abs(b - p.h) <= 1) return p.code;
  }
  return kPaperA4;
}

std::string excel_header_footer(const MarginText& text) {
  if (text.empty()) return {};
  std::string out = text.align == MarginTextAlign::Left    ? "&L"
                    : text.align == MarginTextAlign::Right ? "&R"
                                                           : "&C";
  for (const PagePatternPart& part : split_page_pattern(text.pattern)) {
    switch (part.kind) {
      case PagePatternPart::Kind::Page:
        out += "&P";
        break;
      case PagePatternPart::Kind::Pages:
        out += "&N";
        break;
      case PagePatternPart::Kind::Text:
        for (char c : clean_text(part.text))
          out += c == '&' ? std::string("&&") : std::string(1, c);
        break;
    }
  }
  return out;
}

void print_setup(lxw_worksheet* ws, const PageSetup& page, const SheetWriter& sheet) {
  worksheet_set_paper(ws, static_cast<uint8_t>(paper_code(page)));
  if (page.landscape) {
    worksheet_set_landscape(ws);
  } else {
    worksheet_set_portrait(ws);
  }
  worksheet_set_margins(ws, mm_to_inch(page.margin_left_mm), mm_to_inch(page.margin_right_mm),
                        mm_to_inch(page.margin_top_mm), mm_to_inch(page.margin_bottom_mm));
  // Excel ignores manual page breaks while fit-to-page scaling is on; LibreOffice
  // honours them. One page wide matters more for forms, so both are written.
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_center_horizontally(ws);
  worksheet_gridlines(ws, LXW_SHOW_SCREEN_GRIDLINES);
  if (auto h = sheet.header_rows()) {
    check_lxw(worksheet_repeat_rows(ws, h->first, h->second), "repeat rows");
  }
  if (!sheet.page_breaks().empty()) {
    std::vector<lxw_row_t> breaks(sheet.page_breaks().begin(), sheet.page_breaks().end());
    breaks.push_back(0);  // terminator
    check_lxw(worksheet_set_h_pagebreaks(ws, breaks.data()), "page breaks");
  }
  if (!page.header.empty()) {
    lxw_header_footer_options opt = {};
    opt.margin = line_margin_inch(page.header, page.margin_top_mm);
    check_lxw(worksheet_set_header_opt(ws, excel_header_footer(page.header).c_str(), &opt),
              "header");
  }
  if (!page.footer.empty()) {
    lxw_header_footer_options opt = {};
    opt.margin = line_margin_inch(page.footer, page.margin_bottom_mm);
    check_lxw(worksheet_set_footer_opt(ws, excel_header_footer(page.footer).c_str(), &opt),
              "footer");
  }
}

}  // namespace formwork
