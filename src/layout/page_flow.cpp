#include "layout/page_flow.h"

namespace formwork {

PageFlow::PageFlow(const PageSetup& setup)
    : page_w_(mm_to_pt(setup.width_mm)),
      page_h_(mm_to_pt(setup.height_mm)),
      left_(mm_to_pt(setup.margin_left_mm)),
      width_(page_w_ - left_ - mm_to_pt(setup.margin_right_mm)),
      top_(mm_to_pt(setup.margin_top_mm)),
      bottom_(page_h_ - mm_to_pt(setup.margin_bottom_mm)) {
  new_page(false);
}

void PageFlow::new_page(bool by_overflow) {
  Page page;
  page.width_pt = page_w_;
  page.height_pt = page_h_;
  pages_.push_back(std::move(page));
  cursor_ = top_;
  placed_ = false;
  by_overflow_ = by_overflow;
}

}  // namespace formwork
