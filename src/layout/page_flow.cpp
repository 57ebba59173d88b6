#include "layout/page_flow.h"

namespace formwork {

void PageFlow::use_setup(const PageSetup& setup) {
  setup_ = &setup;
  page_w_ = mm_to_pt(setup.width_mm);
  page_h_ = mm_to_pt(setup.height_mm);
  left_ = mm_to_pt(setup.margin_left_mm);
  width_ = page_w_ - left_ - mm_to_pt(setup.margin_right_mm);
  top_ = mm_to_pt(setup.margin_top_mm);
  bottom_ = page_h_ - mm_to_pt(setup.margin_bottom_mm);
  grid_ = grid_of(setup);
}

void PageFlow::start_section(const PageSetup& setup) {
  bool reuse = !pages_.empty() && !placed_ && pages_.back().items.empty();
  use_setup(setup);
  if (!reuse) {
    new_page(false);
    return;
  }
  pages_.back().width_pt = page_w_;
  pages_.back().height_pt = page_h_;
  setups_.back() = setup_;
  cursor_ = top_;
  by_overflow_ = false;
}

void PageFlow::new_page(bool by_overflow) {
  // The finished page keeps its items until the document is painted: no
  // spare capacity (a vector grown by doubling holds up to twice its items).
  if (!pages_.empty()) pages_.back().items.shrink_to_fit();
  Page page;
  page.width_pt = page_w_;
  page.height_pt = page_h_;
  pages_.push_back(std::move(page));
  setups_.push_back(setup_);
  cursor_ = top_;
  placed_ = false;
  by_overflow_ = by_overflow;
}

}  // namespace formwork
