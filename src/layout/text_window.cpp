#include "layout/text_window.h"

#include <unicode/utf8.h>

namespace formwork {

namespace {

// Byte offset in `text` after `n` code points from `from` (or the end),
// decremented from `n` as they are passed.
std::size_t skip_code_points(const std::string& text, std::size_t from, std::size_t& n) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(from);
  const auto len = static_cast<int32_t>(text.size());
  while (n > 0 && i < len) {
    UChar32 c;
    U8_NEXT(p, i, len, c);
    --n;
  }
  return static_cast<std::size_t>(i);
}

// The length of `run` in the offsets the window keeps: its text's bytes, or
// 1 for a picture, which shape_runs counts as one code point.
std::size_t run_length(const Run& run) { return run.picture ? 1 : run.text.size(); }

// Offset in `run` after `n` code points from `from`, as skip_code_points.
std::size_t skip_in_run(const Run& run, std::size_t from, std::size_t& n) {
  if (!run.picture) return skip_code_points(run.text, from, n);
  if (n == 0 || from >= 1) return from;
  --n;
  return 1;
}

// The part [from, to) of `run` as a run of its own.
Run slice_of(const Run& run, std::size_t from, std::size_t to) {
  if (run.picture) return run;
  return Run{run.text.substr(from, to - from), run.style, nullptr};
}

}  // namespace

TextWindow::TextWindow(const std::vector<Run>& runs, std::size_t size) : all_(runs), size_(size) {
  fill();
}

void TextWindow::fill() {
  slice_.clear();
  std::size_t left = size_;
  std::size_t run = run_, byte = byte_;
  while (run < all_.size() && left > 0) {
    const Run& r = all_[run];
    std::size_t end = skip_in_run(r, byte, left);
    if (end > byte) slice_.push_back(slice_of(r, byte, end));
    if (end < run_length(r)) {
      byte = end;
      break;
    }
    ++run;
    byte = 0;
  }
  // Runs left only when code points are left: empty runs at the end do not
  // keep the window from reaching it.
  while (run < all_.size() && byte == 0 && run_length(all_[run]) == 0) ++run;
  at_end_ = run >= all_.size();
  whole_ = at_start_ && at_end_;
  if (whole_) slice_.clear();
}

void TextWindow::advance(std::size_t n) {
  while (run_ < all_.size() && n > 0) {
    byte_ = skip_in_run(all_[run_], byte_, n);
    if (byte_ < run_length(all_[run_])) break;
    ++run_;
    byte_ = 0;
  }
  at_start_ = false;
  fill();
}

void TextWindow::grow() {
  size_ *= 2;
  fill();
}

}  // namespace formwork
