#include "txt/line_wrap.h"

#include <algorithm>

#include "util/line_breaks.h"
#include "util/utf8.h"

namespace formwork {
namespace {

/// `s` without trailing spaces: they hang at a line end (UAX #14 LB7 keeps
/// them with the segment before) and take no room there.
std::string_view rtrim(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

/// `s` without the hard line break that ends it ('\n', "\r\n", U+2028…).
std::string_view strip_line_break(std::string_view s) {
  for (std::string_view nl : {"\r\n", "\n", "\r", "\v", "\f", "\u0085", "\u2028", "\u2029"}) {
    if (s.ends_with(nl)) return s.substr(0, s.size() - nl.size());
  }
  return s;
}

/// Greedy line filling over the segments between break opportunities;
/// `limit_` is the width of the line being filled (the first line may be
/// narrower or wider than the others).
class Filler {
 public:
  Filler(int first_width, int width) : limit_(first_width), width_(width) {}

  void add(std::string_view segment) {
    const int w_trim = display_width(rtrim(segment));
    if (line_w_ + w_trim <= limit_) return append(segment);
    if (!line_.empty()) emit();
    if (w_trim <= limit_) return append(segment);
    // Wider than a whole line: only now cut it, between grapheme clusters.
    size_t prev = 0;
    for (size_t b : grapheme_boundaries(segment)) {
      const std::string_view g = segment.substr(prev, b - prev);
      prev = b;
      if (line_w_ + display_width(rtrim(g)) > limit_ && !line_.empty()) emit();
      append(g);
    }
  }

  void emit() {
    out_.emplace_back(rtrim(line_));
    line_.clear();
    line_w_ = 0;
    limit_ = width_;
  }

  std::vector<std::string> finish() {
    emit();
    return std::move(out_);
  }

 private:
  void append(std::string_view s) {
    line_ += s;
    line_w_ += display_width(s);
  }

  int limit_, width_;
  std::vector<std::string> out_;
  std::string line_;
  int line_w_ = 0;
};

}  // namespace

std::vector<std::string> wrap_text(std::string_view text, int first_width, int width) {
  Filler filler(std::max(first_width, 2), std::max(width, 2));
  size_t prev = 0;
  for (const LineBreakOpportunity& op : line_break_opportunities(text)) {
    const std::string_view segment = text.substr(prev, op.offset - prev);
    prev = op.offset;
    filler.add(op.mandatory ? strip_line_break(segment) : segment);
    if (op.mandatory) filler.emit();
  }
  return filler.finish();
}

int widest_unbreakable(std::string_view text) {
  int widest = 0;
  size_t prev = 0;
  for (const LineBreakOpportunity& op : line_break_opportunities(text)) {
    const std::string_view segment = text.substr(prev, op.offset - prev);
    prev = op.offset;
    widest = std::max(widest, display_width(rtrim(strip_line_break(segment))));
  }
  return widest;
}

std::string pad_to(std::string_view text, int width, Align align) {
  const int extra = std::max(0, width - display_width(text));
  const int left = align == Align::Center ? extra / 2 : align == Align::Right ? extra : 0;
  return std::string(left, ' ') + std::string(text) + std::string(extra - left, ' ');
}

}  // namespace formwork
