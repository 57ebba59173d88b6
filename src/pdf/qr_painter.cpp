#include "pdf/qr_painter.h"

#include <stdexcept>
#include <string>

namespace formwork {

namespace {

constexpr int kQuietModules = 4;  // each side, ISO/IEC 18004 §6.3.8

}  // namespace

void paint_qr_code(ContentStream& cs, const PictureItem& item, double page_h) {
  const Picture& qr = *item.picture;
  const int n = qr.qr_size;
  if (n <= 0 || qr.qr_modules.size() != static_cast<size_t>(n) * static_cast<size_t>(n)) {
    throw std::invalid_argument("QR code with " + std::to_string(qr.qr_modules.size()) +
                                " modules for a side of " + std::to_string(n));
  }
  const int modules = n + 2 * kQuietModules;
  const double top = page_h - item.y;  // PDF y of the box's top edge
  cs.save();
  cs.fill_gray(1);
  cs.fill_rect(item.x, top - item.h, item.w, item.h);
  // Module space: one unit per module, origin at the box's top-left
  // corner, rows counted downwards, so every rectangle is small integers.
  cs.transform(item.w / modules, 0, 0, -item.h / modules, item.x, top);
  cs.fill_gray(0);
  bool any = false;
  for (int r = 0; r < n; ++r) {
    const auto row = qr.qr_modules.begin() + static_cast<std::ptrdiff_t>(r) * n;
    for (int c = 0; c < n;) {
      if (!row[c]) {
        ++c;
        continue;
      }
      int end = c + 1;
      while (end < n && row[end]) ++end;
      cs.rect(c + kQuietModules, r + kQuietModules, end - c, 1);
      any = true;
      c = end;
    }
  }
  if (any) cs.fill();
  cs.restore();
}

}  // namespace formwork
