#pragma once
// Page setups of the official documents, shared by the layout, PDF and DOCX
// tests (header only: test_support has no test binary of its own).
#include <utility>

#include "model/document.h"

namespace formwork::test_support {

/// GB/T 9704-2012 §5.2: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines
/// × 28 characters (`grid` false: no document grid); 页码 "— n —" 四号 宋体,
/// 7 mm below the 版心, odd pages right and even pages left, one character in.
inline PageSetup gbt9704_page(bool grid = true) {
  PageSetup p;
  p.margin_top_mm = 37;
  p.margin_bottom_mm = 35;
  p.margin_left_mm = 28;
  p.margin_right_mm = 26;
  if (grid) {
    p.grid_lines = 22;
    p.grid_chars = 28;
  }
  p.footer.pattern = "— {page} —";
  p.footer.align = MarginTextAlign::Outside;
  p.footer.distance_mm = 7;
  p.footer.indent_em = 1;
  p.footer.font_role = "song";
  p.footer.size_pt = 14;
  return p;
}

/// `p` turned to landscape (width and height swapped), margins unchanged.
inline PageSetup landscape(PageSetup p) {
  p.landscape = true;
  std::swap(p.width_mm, p.height_mm);
  return p;
}

}  // namespace formwork::test_support
