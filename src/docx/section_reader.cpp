#include "docx/section_reader.h"

#include <algorithm>
#include <cmath>

#include "docx/reader_xml.h"
#include "model/units.h"

namespace formwork {

namespace {

using docx_read::attr_value;
using docx_read::child;
using docx_read::is;
using docx_read::number_attr;
using docx_read::twips_attr;

constexpr double kMmPerTwip = 25.4 / 1440;

void read_references(SectionSetup& s, const pugi::xml_node& sect) {
  for (pugi::xml_node ref : sect.children()) {
    const bool header = is(ref, "headerReference");
    if (!header && !is(ref, "footerReference")) continue;
    std::string type(attr_value(ref, "type"));
    if (type.empty()) type = "default";
    (header ? s.headers : s.footers)[type] = attr_value(ref, "id");
  }
}

void read_page(SectionSetup& s, const pugi::xml_node& sect) {
  pugi::xml_node size = child(sect, "pgSz");
  if (auto w = twips_attr(size, "w"); w && *w > 0) s.page.width_mm = *w * kMmPerTwip;
  if (auto h = twips_attr(size, "h"); h && *h > 0) s.page.height_mm = *h * kMmPerTwip;
  s.page.landscape =
      attr_value(size, "orient") == "landscape" || s.page.width_mm > s.page.height_mm;
  pugi::xml_node mar = child(sect, "pgMar");
  auto margin = [&](std::string_view side, double& mm) {
    if (auto t = twips_attr(mar, side)) mm = std::abs(*t) * kMmPerTwip;
  };
  margin("top", s.page.margin_top_mm);
  margin("bottom", s.page.margin_bottom_mm);
  margin("left", s.page.margin_left_mm);
  margin("right", s.page.margin_right_mm);
  if (!twips_attr(mar, "left")) margin("start", s.page.margin_left_mm);
  if (!twips_attr(mar, "right")) margin("end", s.page.margin_right_mm);
  // Word adds the gutter to the left (or top) margin.
  if (auto gutter = twips_attr(mar, "gutter"); gutter && *gutter > 0) {
    s.page.margin_left_mm += *gutter * kMmPerTwip;
  }
  s.header_twips = twips_attr(mar, "header").value_or(720);
  s.footer_twips = twips_attr(mar, "footer").value_or(720);
}

// Keeps a damaged page setup printable: sides within 10 mm … 5 m (Word
// allows 22 in), and margins that leave at least 10 mm of text each way
// (shrunk together when they do not).
void keep_sane(PageSetup& page) {
  page.width_mm = std::clamp(page.width_mm, 10.0, 5000.0);
  page.height_mm = std::clamp(page.height_mm, 10.0, 5000.0);
  auto fit = [](double& a, double& b, double size) {
    const double room = size - 10;
    if (a + b > room && a + b > 0) {
      const double scale = room / (a + b);
      a *= scale;
      b *= scale;
    }
  };
  fit(page.margin_left_mm, page.margin_right_mm, page.width_mm);
  fit(page.margin_top_mm, page.margin_bottom_mm, page.height_mm);
}

void read_grid(SectionSetup& s, const pugi::xml_node& sect) {
  pugi::xml_node grid = child(sect, "docGrid");
  std::string_view type = attr_value(grid, "type");
  if (type == "lines" || type == "linesAndChars" || type == "snapToChars") s.grid_type = type;
  s.line_pitch_twips = twips_attr(grid, "linePitch").value_or(0);
  s.char_space = number_attr(grid, "charSpace").value_or(0);
  // LibreOffice writes a negative w:charSpace as its unsigned 32-bit
  // pattern (-1025 as 4294966271); ST_DecimalNumber is signed.
  if (s.char_space >= 2147483648.0 && s.char_space < 4294967296.0) s.char_space -= 4294967296.0;
}

void warn_layout(const pugi::xml_node& sect, ReaderWarnings& warnings, const std::string& part) {
  if (number_attr(child(sect, "cols"), "num").value_or(1) > 1) {
    warnings.note(DocxLoss::Columns, part);
  }
  if (child(sect, "pgBorders")) warnings.note(DocxLoss::PageBorders, part);
  if (child(sect, "lnNumType")) warnings.note(DocxLoss::LineNumbers, part);
  std::string_view dir = attr_value(child(sect, "textDirection"), "val");
  if (!dir.empty() && dir != "lrTb" && dir != "tb") warnings.note(DocxLoss::VerticalText, part);
}

}  // namespace

SectionSetup read_section(const pugi::xml_node& sect_pr, ReaderWarnings& warnings,
                          const std::string& part) {
  SectionSetup s;
  if (!sect_pr) return s;
  read_references(s, sect_pr);
  read_page(s, sect_pr);
  keep_sane(s.page);
  read_grid(s, sect_pr);
  if (pugi::xml_node title = child(sect_pr, "titlePg")) s.title_page = docx_read::on_off(title);
  if (auto type = docx_read::child_val(sect_pr, "type"); type && !type->empty()) s.type = *type;
  pugi::xml_node numbers = child(sect_pr, "pgNumType");
  s.page_start = static_cast<int>(number_attr(numbers, "start").value_or(0));
  s.page_format = attr_value(numbers, "fmt");
  warn_layout(sect_pr, warnings, part);
  return s;
}

PageSetup with_grid(PageSetup page, const SectionSetup& setup, double normal_size_pt) {
  if (setup.grid_type.empty()) return page;
  if (setup.grid_type != "snapToChars" && setup.line_pitch_twips > 0) {
    const double text_twips = page.text_height_mm() / kMmPerTwip;
    page.grid_lines =
        std::max(1, static_cast<int>(std::lround(text_twips / setup.line_pitch_twips)));
  }
  if (setup.grid_type != "lines") {
    const double pitch_pt = normal_size_pt + setup.char_space / 4096.0;
    // A pitch below a third of the normal size is no grid anyone drew.
    if (pitch_pt > normal_size_pt / 3) {
      page.grid_chars =
          std::max(1, static_cast<int>(std::lround(mm_to_pt(page.text_width_mm()) / pitch_pt)));
    }
  }
  return page;
}

bool same_page(const PageSetup& a, const PageSetup& b) {
  auto same_text = [](const MarginText& x, const MarginText& y) {
    return x.pattern == y.pattern && x.align == y.align && x.font_role == y.font_role &&
           x.size_pt == y.size_pt && x.skip_first_page == y.skip_first_page &&
           std::abs(x.distance_mm - y.distance_mm) < 0.01;
  };
  auto near = [](double x, double y) { return std::abs(x - y) < 0.01; };
  return near(a.width_mm, b.width_mm) && near(a.height_mm, b.height_mm) &&
         a.landscape == b.landscape && near(a.margin_top_mm, b.margin_top_mm) &&
         near(a.margin_bottom_mm, b.margin_bottom_mm) && near(a.margin_left_mm, b.margin_left_mm) &&
         near(a.margin_right_mm, b.margin_right_mm) && a.grid_lines == b.grid_lines &&
         a.grid_chars == b.grid_chars && same_text(a.header, b.header) &&
         same_text(a.footer, b.footer);
}

}  // namespace formwork
