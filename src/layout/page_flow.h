#pragma once
// Private to the layout engine: the stack of pages being filled, section by
// section, and the vertical cursor on the current one (pt, page top-left
// origin, y down).
#include <utility>
#include <vector>

#include "layout/frame.h"
#include "layout/grid.h"
#include "model/document.h"

namespace formwork {

class PageFlow {
 public:
  /// No page yet: start_section() opens the first one.
  PageFlow() = default;

  /// Starts a section (ECMA-376 §17.6.17 nextPage): a new page of
  /// `setup`'s size (mm → pt), margins and grid. A current page on which
  /// nothing has been placed yet (the document's start, or right after a
  /// PageBreak) takes the new setup instead, so no blank page is left.
  /// `setup` must outlive the flow (pages keep a pointer to it).
  void start_section(const PageSetup& setup);

  double content_left() const { return left_; }
  double content_width() const { return width_; }
  double content_top() const { return top_; }
  double content_bottom() const { return bottom_; }
  double content_height() const { return bottom_ - top_; }
  /// The current section's document grid (pitches in pt, 0 = off).
  const DocGrid& grid() const { return grid_; }

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
  /// On a line grid, moves the cursor down to the next grid line (after a
  /// table, whose rows are not in grid units). No-op without a line grid.
  void snap_down() { cursor_ = top_ + grid_.snap_down(cursor_ - top_); }
  /// On a line grid, moves the cursor to the nearest grid line (after a
  /// rule paragraph, whose exact spacing placed the rule).
  void snap_nearest() { cursor_ = top_ + grid_.spacing(cursor_ - top_); }
  /// Records that content now occupies the current page.
  void mark_placed() { placed_ = true; }
  /// Adds an item (a FrameItem or one of its alternatives) to the current
  /// page; coordinates already final. Built in place: no FrameItem
  /// temporary whose move GCC 12 misreads as reading an uninitialised
  /// GlyphRun (-Wmaybe-uninitialized).
  template <typename Item>
  void add(Item&& item) {
    pages_.back().items.emplace_back(std::forward<Item>(item));
  }
  /// Starts a new page of the current section with the cursor at the
  /// content top.
  void new_page(bool by_overflow);

  std::vector<Page>& pages() { return pages_; }
  /// The page setup page `index` was laid out with.
  const PageSetup& setup_of(size_t index) const { return *setups_.at(index); }

 private:
  void use_setup(const PageSetup& setup);

  const PageSetup* setup_ = nullptr;
  double page_w_ = 0, page_h_ = 0;
  double left_ = 0, width_ = 0, top_ = 0, bottom_ = 0;
  DocGrid grid_;
  double cursor_ = 0;
  bool placed_ = false;
  bool by_overflow_ = false;
  std::vector<Page> pages_;
  std::vector<const PageSetup*> setups_;  ///< one per page
};

}  // namespace formwork
