#include "xlsx/text_height.h"

#include <algorithm>
#include <cmath>

#include "model/text_estimate.h"

namespace formwork {

int estimate_lines(std::string_view text, double size_pt, double avail_px) {
  constexpr double kSlack = 1.05;
  const double px_per_em = size_pt * 96.0 / 72.0;
  avail_px = std::max(avail_px, 1.0);
  int lines = 0;
  size_t start = 0;
  while (true) {
    const size_t nl = text.find('\n', start);
    const std::string_view line =
        text.substr(start, nl == std::string_view::npos ? nl : nl - start);
    const double px = estimate_text_em(line) * px_per_em * kSlack;
    lines += std::max(1, static_cast<int>(std::ceil(px / avail_px)));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return lines;
}

}  // namespace formwork
