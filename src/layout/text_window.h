#pragma once
// Private to the layout engine: a paragraph's runs seen through a window of
// a bounded number of code points, so that a very long paragraph (a 1 MB
// string from data) is shaped and broken into lines a window at a time and
// the per-character arrays of shaping (ShapedText) stay the window's size
// instead of the paragraph's.
#include <cstddef>
#include <vector>

#include "model/document.h"

namespace formwork {

/// Code points shaped at once. A paragraph up to this long is laid out in
/// one piece, exactly as without windows (every form paragraph is).
inline constexpr std::size_t kLayoutWindowChars = 4096;

/// The code points [start, start + size) of the concatenated text of a run
/// list, as runs with the same styles. The window starts at the
/// paragraph's start and moves forward to where the caller's next line
/// starts; code points are counted as shape_runs counts them (ill-formed
/// UTF-8: one U+FFFD per maximal subpart, Unicode §3.9; a picture run is
/// one code point, kept whole in the window).
class TextWindow {
 public:
  /// `runs` must outlive the window. `size` ≥ 1 code points.
  TextWindow(const std::vector<Run>& runs, std::size_t size);

  /// The runs in the window: `runs` itself when the window holds all of
  /// them, so a paragraph that fits one window is not copied.
  const std::vector<Run>& runs() const { return whole_ ? all_ : slice_; }
  /// True when the window reaches the end of the text.
  bool at_end() const { return at_end_; }
  /// True when the window starts at the text's start.
  bool at_start() const { return at_start_; }

  /// Moves the window's start `n` code points forward (n ≥ 1, within the
  /// window); it keeps its size.
  void advance(std::size_t n);
  /// Doubles the window's size (for a single line longer than a window,
  /// e.g. one letter with thousands of combining marks).
  void grow();

 private:
  /// Cuts `slice_` from the cursor; sets at_end_.
  void fill();

  const std::vector<Run>& all_;
  std::size_t size_;
  std::size_t run_ = 0;   ///< run index of the window's start
  std::size_t byte_ = 0;  ///< byte offset in that run
  bool whole_ = false;
  bool at_start_ = true;
  bool at_end_ = false;
  std::vector<Run> slice_;
};

}  // namespace formwork
