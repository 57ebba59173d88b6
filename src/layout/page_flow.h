#pragma once
// Private to the layout engine: the stack of pages being filled and the
// vertical cursor on the current one (pt, page top-left origin, y down).
#include <vector>

#include "layout/frame.h"
#include "model/document.h"

namespace formwork {

class PageFlow {
 public:
  /// Starts the first page. Sizes come from `setup` (mm → pt); the content
  /// box is the page minus the four margins.
  explicit PageFlow(const PageSetup& setup);

  double content_left() const { return left_; }
  double content_width() const { return width_; }
  double content_top() const { return top_; }
  double content_bottom() const { return bottom_; }
  double content_height() const { return bottom_ - top_; }

  double cursor() const { return cursor_; }
  /// Space left below the cursor on the current page, pt (may be negative).
  double remaining() const { return bottom_ - cursor_; }
  /// True while nothing has been placed on the current page.
  bool at_top() const { return !placed_; }
  /// True when the current page was started because content overflowed
  /// (not by a PageBreak or as the first page): space_before is dropped there.
  bool started_by_overflow() const { return by_overflow_; }

  /// Moves the cursor down by `dy` pt (spacing; does not count as content).
  void advance(double dy) { cursor_ += dy; }
  /// Records that content now occupies the current page.
  void mark_placed() { placed_ = true; }
  /// Adds an item to the current page (coordinates already final).
  void add(FrameItem item) { pages_.back().items.push_back(std::move(item)); }
  /// Starts a new page with the cursor at the content top.
  void new_page(bool by_overflow);

  std::vector<Page>& pages() { return pages_; }

 private:
  double page_w_, page_h_;
  double left_, width_, top_, bottom_;
  double cursor_ = 0;
  bool placed_ = false;
  bool by_overflow_ = false;
  std::vector<Page> pages_;
};

}  // namespace formwork
