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
    std::size_t end = skip_code_points(r.text, byte, left);
    if (end > byte) slice_.push_back(Run{r.text.substr(byte, end - byte), r.style});
    if (end < r.text.size()) {
      byte = end;
      break;
    }
    ++run;
    byte = 0;
  }
  // Runs left only when code points are left: empty runs at the end do not
  // keep the window from reaching it.
  while (run < all_.size() && byte == 0 && all_[run].text.empty()) ++run;
  at_end_ = run >= all_.size();
  whole_ = at_start_ && at_end_;
  if (whole_) slice_.clear();
}

void TextWindow::advance(std::size_t n) {
  while (run_ < all_.size() && n > 0) {
    byte_ = skip_code_points(all_[run_].text, byte_, n);
    if (byte_ < all_[run_].text.size()) break;
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
