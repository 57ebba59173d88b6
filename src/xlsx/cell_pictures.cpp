#include "xlsx/cell_pictures.h"

#include <algorithm>
#include <cmath>

#include "model/text_estimate.h"
#include "xlsx/cell_text.h"
#include "xlsx/lxw_geometry.h"
#include "xlsx/text_height.h"

namespace formwork {
namespace {

constexpr double kGapPx = 4;       // between pictures of a band, about 1 mm
constexpr double kMaxRowPt = 409;  // Excel's tallest row

double px_to_mm(double px) { return px / 96 * 25.4; }

/// Appends a paragraph's runs to `c`, starting on its last line.
void add_runs(const Paragraph& p, CellContent& c) {
  for (const Run& r : p.runs) {
    if (r.picture) {
      c.pictures.push_back({r.picture.get(), static_cast<int>(c.lines.size()) - 1, c.lines.back()});
      continue;
    }
    size_t start = 0;
    for (size_t nl; (nl = r.text.find('\n', start)) != std::string::npos; start = nl + 1) {
      c.lines.back() += r.text.substr(start, nl - start);
      c.lines.emplace_back();
    }
    c.lines.back() += r.text.substr(start);
  }
}

/// Estimated width in px of `text` at `size_pt` (model/text_estimate.h,
/// as estimate_lines counts).
double text_width_px(std::string_view text, double size_pt) {
  return estimate_text_em(text) * size_pt * 96.0 / 72.0;
}

double pitch_px(const CellTextSetting& s) { return s.size_pt * s.pitch * 96.0 / 72.0; }

double text_avail_px(double width_px, const CellTextSetting& s) {
  return width_px - 2 * s.pad_x_px;
}

/// A width and height in px.
struct Size {
  double w, h;
};

/// An inline picture's drawn size: its printed size, scaled down (keeping
/// its aspect ratio) to fit `avail_px` and Excel's tallest row, as the PDF
/// layout scales a picture wider than its line.
Size fitted(const Picture& p, double avail_px, const CellTextSetting& s) {
  const double w = mm_to_px(p.width_mm), h = mm_to_px(p.height_mm);
  const double max_h = kMaxRowPt / 0.75 - 2 * s.pad_y_px - 1;
  const double scale = std::min({1.0, std::max(avail_px, 1.0) / w, std::max(max_h, 1.0) / h});
  return {w * scale, h * scale};
}

/// One line of the inline band: pictures (indices into the content's
/// pictures) side by side, with their drawn sizes.
struct BandLine {
  std::vector<size_t> items;
  std::vector<Size> sizes;
  double width = 0;
  double height = 0;
};

/// The inline pictures set left to right, a new band line whenever the
/// next one would pass `avail_px`.
std::vector<BandLine> band_lines(const CellContent& c, double avail_px, const CellTextSetting& s) {
  std::vector<BandLine> lines;
  for (size_t i = 0; i < c.pictures.size(); ++i) {
    const Picture& p = *c.pictures[i].picture;
    if (p.floating) continue;
    const Size size = fitted(p, avail_px, s);
    if (lines.empty() ||
        (!lines.back().items.empty() && lines.back().width + kGapPx + size.w > avail_px)) {
      lines.emplace_back();
    }
    BandLine& l = lines.back();
    l.width += (l.items.empty() ? 0 : kGapPx) + size.w;
    l.height = std::max(l.height, size.h);
    l.items.push_back(i);
    l.sizes.push_back(size);
  }
  return lines;
}

double band_height(const std::vector<BandLine>& lines) {
  double h = 0;
  for (const BandLine& l : lines) h += l.height;
  return lines.empty() ? 0 : h + kGapPx * (lines.size() - 1);
}

/// Left edge of something `w` px wide set in a cell `width_px` wide.
double aligned_x(double w, double width_px, const CellTextSetting& s) {
  switch (s.align) {
    case Align::Center:
      return (width_px - w) / 2;
    case Align::Right:
      return width_px - s.pad_x_px - w;
    case Align::Left:
    case Align::Justify:
      break;
  }
  return s.pad_x_px;
}

/// Top edge of something `h` px high set in a cell `height_px` high.
double aligned_y(double h, double height_px, VAlign valign, const CellTextSetting& s) {
  switch (valign) {
    case VAlign::Top:
      return s.pad_y_px;
    case VAlign::Bottom:
      return height_px - s.pad_y_px - h;
    case VAlign::Middle:
      break;
  }
  return (height_px - h) / 2;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string s;
  for (size_t i = 0; i < lines.size(); ++i) s += (i ? "\n" : "") + lines[i];
  return s;
}

void place_band(const CellContent& c, double width_px, double height_px, const CellTextSetting& s,
                std::vector<PlacedPicture>& out) {
  const std::vector<BandLine> lines = band_lines(c, text_avail_px(width_px, s), s);
  if (lines.empty()) return;
  double y = c.has_text() ? text_height_px(c, width_px, s) + s.pad_y_px
                          : aligned_y(band_height(lines), height_px, s.valign, s);
  for (const BandLine& l : lines) {
    double x = aligned_x(l.width, width_px, s);
    for (size_t k = 0; k < l.items.size(); ++k) {
      const Size size = l.sizes[k];
      out.push_back({c.pictures[l.items[k]].picture, x,
                     y + l.height - size.h,  // bottoms on one line
                     px_to_mm(size.w), px_to_mm(size.h)});
      x += size.w + kGapPx;
    }
    y += l.height + kGapPx;
  }
}

void place_floating(const CellContent& c, double width_px, double height_px,
                    const CellTextSetting& s, std::vector<PlacedPicture>& out) {
  const double avail = text_avail_px(width_px, s);
  const double pitch = pitch_px(s);
  const int total = estimate_lines(joined(c.lines), s.size_pt, avail);
  // With an inline band the text is top-aligned (see SheetWriter).
  const VAlign valign = c.has_inline() && c.has_text() ? VAlign::Top : s.valign;
  const double top = valign == VAlign::Top      ? 0
                     : valign == VAlign::Bottom ? height_px - total * pitch
                                                : (height_px - total * pitch) / 2;
  for (const PictureSpot& spot : c.pictures) {
    const Picture& p = *spot.picture;
    if (!p.floating) continue;
    int above = 0;  // lines before the picture's own, wrapped lines included
    for (int i = 0; i < spot.line; ++i) above += estimate_lines(c.lines[i], s.size_pt, avail);
    const double line_w = std::min(text_width_px(c.lines[spot.line], s.size_pt), avail);
    const double pen_x =
        aligned_x(line_w, width_px, s) + std::min(text_width_px(spot.before, s.size_pt), avail);
    const double pen_y = top + above * pitch;
    out.push_back({&p, pen_x + mm_to_px(p.offset_x_mm), pen_y + mm_to_px(p.offset_y_mm), p.width_mm,
                   p.height_mm});
  }
}

}  // namespace

bool CellContent::has_text() const {
  return std::any_of(lines.begin(), lines.end(), [](const std::string& l) { return !l.empty(); });
}

bool CellContent::has_inline() const {
  return std::any_of(pictures.begin(), pictures.end(),
                     [](const PictureSpot& s) { return !s.picture->floating; });
}

bool has_picture(const Paragraph& p) {
  return std::any_of(p.runs.begin(), p.runs.end(),
                     [](const Run& r) { return r.picture != nullptr; });
}

bool has_picture(const Cell& c) {
  return std::any_of(c.paragraphs.begin(), c.paragraphs.end(),
                     [](const Paragraph& p) { return has_picture(p); });
}

CellContent cell_content(const Cell& c) {
  CellContent content;
  content.lines.emplace_back();
  bool first = true;
  for (const Paragraph& p : c.paragraphs) {
    if (p.rule) continue;  // as cell_text
    if (!first) content.lines.emplace_back();
    add_runs(p, content);
    first = false;
  }
  return content;
}

CellContent paragraph_content(const Paragraph& p) {
  CellContent content;
  content.lines.emplace_back();
  add_runs(p, content);
  // paragraph_row_text's first-line indent, only before text.
  const std::string text = paragraph_row_text(p);
  const size_t indent = p.text().empty() ? 0 : text.size() - p.text().size();
  if (indent > 0) {
    const std::string prefix = text.substr(0, indent);
    content.lines.front().insert(0, prefix);
    for (PictureSpot& s : content.pictures) {
      if (s.line == 0) s.before.insert(0, prefix);
    }
  }
  return content;
}

double text_height_px(const CellContent& content, double width_px, const CellTextSetting& s) {
  if (!content.has_text()) return 0;
  return estimate_lines(joined(content.lines), s.size_pt, text_avail_px(width_px, s)) * pitch_px(s);
}

double height_with_pictures_px(const CellContent& content, double width_px,
                               const CellTextSetting& s) {
  const std::vector<BandLine> lines = band_lines(content, text_avail_px(width_px, s), s);
  if (lines.empty()) return 0;
  return text_height_px(content, width_px, s) + band_height(lines) + 2 * s.pad_y_px;
}

std::vector<PlacedPicture> place_pictures(const CellContent& content, double width_px,
                                          double height_px, const CellTextSetting& s) {
  std::vector<PlacedPicture> out;
  place_band(content, width_px, height_px, s, out);
  place_floating(content, width_px, height_px, s, out);
  return out;
}

PlacedPicture within_sheet(PlacedPicture placed, double cell_left_px, double sheet_width_px) {
  const double w = mm_to_px(placed.width_mm);
  const double left = cell_left_px + placed.x_px;
  // A pixel to spare, whole pixels: libxlsxwriter anchors at whole pixels,
  // and an end exactly on the last column's edge already counts as the
  // next column.
  const double right = sheet_width_px - 1;
  if (left + w > right) placed.x_px = std::floor(right - w - cell_left_px);
  if (cell_left_px + placed.x_px < 0) placed.x_px = -cell_left_px;
  return placed;
}

}  // namespace formwork
