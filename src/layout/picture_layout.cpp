#include "layout/picture_layout.h"

#include <algorithm>

#include "layout/line_metrics.h"

namespace formwork {

namespace {

// The first picture of `t` at or after char `begin`.
std::vector<ShapedPicture>::const_iterator first_picture(const ShapedText& t, size_t begin) {
  return std::lower_bound(t.pictures.begin(), t.pictures.end(), begin,
                          [](const ShapedPicture& p, size_t at) { return p.index < at; });
}

}  // namespace

void fit_pictures(ShapedText& t, double max_width, double max_height, double spacing,
                  const DocGrid& grid) {
  if (t.pictures.empty()) return;
  for (ShapedPicture& p : t.pictures) {
    ShapedChar& c = t.chars[p.index];
    const double room_h = max_height - text_line_metrics(c.style->size_pt, spacing, grid).descent();
    double scale = 1;
    if (p.w > max_width && p.w > 0) scale = std::min(scale, std::max(0.0, max_width) / p.w);
    if (p.h > room_h && p.h > 0) scale = std::min(scale, std::max(0.0, room_h) / p.h);
    p.w *= scale;
    p.h *= scale;
    if (!p.picture->floating) c.advance = p.w;
  }
  for (size_t i = 0; i < t.chars.size(); ++i) t.prefix[i + 1] = t.prefix[i] + t.chars[i].advance;
}

double tallest_inline_picture(const ShapedText& t, size_t begin, size_t end) {
  double h = 0;
  for (auto it = first_picture(t, begin); it != t.pictures.end() && it->index < end; ++it) {
    if (!it->picture->floating) h = std::max(h, it->h);
  }
  return h;
}

void place_pictures(const ShapedText& t, size_t begin, size_t end, double x0,
                    const std::vector<double>& pen, double baseline,
                    std::vector<PictureItem>& out) {
  for (auto it = first_picture(t, begin); it != t.pictures.end() && it->index < end; ++it) {
    const Picture& pic = *it->picture;
    const double x = x0 + pen[it->index - begin];
    if (pic.floating) {
      out.push_back(
          {x + mm_to_pt(pic.offset_x_mm), mm_to_pt(pic.offset_y_mm), it->w, it->h, it->picture});
    } else {
      out.push_back({x, baseline - it->h, it->w, it->h, it->picture});
    }
  }
}

}  // namespace formwork
