#include "xlsx/sheet_page.h"

#include <map>
#include <utility>

#include "ooxml/xml_read.h"
#include "xlsx/header_footer_codes.h"

namespace formwork::xlsx_read {

namespace {

using ooxml::attr_value;
using ooxml::child;

constexpr double kMmPerInch = 25.4;
constexpr double kMmPerPt = 25.4 / 72;

double inches_attr(const pugi::xml_node& n, std::string_view name, double fallback) {
  const std::optional<double> v = ooxml::number_attr(n, name);
  return (v ? *v : fallback) * kMmPerInch;
}

bool true_attr(const pugi::xml_node& n, std::string_view name) {
  const std::string_view v = attr_value(n, name);
  return v == "1" || v == "true";
}

// The line of header/footer string `codes`, its edge distance `edge_mm`
// from the page edge turned into the model's gap to the text block.
MarginText margin_line(const pugi::xml_node& codes, double margin_mm, double edge_mm,
                       const std::string& sheet, XlsxWarnings& warnings) {
  if (!codes) return {};
  HeaderFooterLine line = read_header_footer(codes.text().get(), sheet);
  if (line.joined_sections) warnings.note(XlsxLoss::HeaderSections, sheet);
  for (const std::string& what : line.not_shown) {
    warnings.note(XlsxLoss::HeaderCodes, sheet);
    warnings.detail(XlsxLoss::HeaderCodes, what);
  }
  const double gap = margin_mm - edge_mm - line.text.size_pt * kMmPerPt;
  line.text.distance_mm = gap >= 0 ? gap : -1;  // no room: centred in the margin
  line.text.own_face_for_latin = false;
  return line.text;
}

void read_header_footer_element(const pugi::xml_node& hf, const pugi::xml_node& margins,
                                PageSetup& page, const std::string& sheet, XlsxWarnings& warnings) {
  if (!hf) return;
  const double header_mm = inches_attr(margins, "header", 0.3);
  const double footer_mm = inches_attr(margins, "footer", 0.3);
  page.header = margin_line(child(hf, "oddHeader"), page.margin_top_mm, header_mm, sheet, warnings);
  page.footer =
      margin_line(child(hf, "oddFooter"), page.margin_bottom_mm, footer_mm, sheet, warnings);
  const auto has_text = [&](std::string_view name) {
    return !std::string_view(child(hf, name).text().get()).empty();
  };
  if (true_attr(hf, "differentFirst") && (has_text("firstHeader") || has_text("firstFooter"))) {
    warnings.note(XlsxLoss::FirstPageHeader, sheet);
  }
  if (true_attr(hf, "differentOddEven") && (has_text("evenHeader") || has_text("evenFooter"))) {
    warnings.note(XlsxLoss::EvenPageHeader, sheet);
  }
}

}  // namespace

bool horizontally_centred(const pugi::xml_node& worksheet) {
  return true_attr(child(worksheet, "printOptions"), "horizontalCentered");
}

void centre_content(PageSetup& page, double content_mm) {
  const double extra = (page.text_width_mm() - content_mm) / 2;
  if (extra <= 0) return;
  page.margin_left_mm += extra;
  page.margin_right_mm += extra;
}

PageSetup paper_of(int code) {
  static const std::map<int, std::pair<double, double>> kPapers = {
      {1, {215.9, 279.4}}, {5, {215.9, 355.6}}, {8, {297, 420}},  {9, {210, 297}},
      {11, {148, 210}},    {12, {257, 364}},    {13, {182, 257}}, {70, {105, 148}}};
  const auto it = kPapers.find(code);
  PageSetup page;
  if (it != kPapers.end()) std::tie(page.width_mm, page.height_mm) = it->second;
  return page;
}

PageSetup read_sheet_page(const pugi::xml_node& worksheet, const std::string& sheet,
                          XlsxWarnings& warnings) {
  const pugi::xml_node setup = child(worksheet, "pageSetup");
  const std::optional<double> code = ooxml::number_attr(setup, "paperSize");
  PageSetup page = paper_of(code ? static_cast<int>(*code) : 9);
  if (attr_value(setup, "orientation") == "landscape") {
    std::swap(page.width_mm, page.height_mm);
    page.landscape = true;
  }
  const pugi::xml_node margins = child(worksheet, "pageMargins");
  page.margin_left_mm = inches_attr(margins, "left", 0.7);
  page.margin_right_mm = inches_attr(margins, "right", 0.7);
  page.margin_top_mm = inches_attr(margins, "top", 0.75);
  page.margin_bottom_mm = inches_attr(margins, "bottom", 0.75);
  read_header_footer_element(child(worksheet, "headerFooter"), margins, page, sheet, warnings);

  const bool fit = true_attr(child(child(worksheet, "sheetPr"), "pageSetUpPr"), "fitToPage");
  const std::optional<double> scale = ooxml::number_attr(setup, "scale");
  const std::optional<double> fit_height = ooxml::number_attr(setup, "fitToHeight");
  if ((!fit && scale && *scale != 100) || (fit && fit_height && *fit_height > 0)) {
    warnings.note(XlsxLoss::Scaling, sheet);
  }
  if (child(worksheet, "rowBreaks") || child(worksheet, "colBreaks")) {
    warnings.note(XlsxLoss::PageBreaks, sheet);
  }
  return page;
}

}  // namespace formwork::xlsx_read
