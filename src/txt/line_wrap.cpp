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
/// narrower or wider than the others). Finished lines go to the sink.
class Filler {
 public:
  Filler(int first_width, int width, const LineSink& sink, AmbiguousWidth ambiguous)
      : limit_(first_width), width_(width), sink_(sink), ambiguous_(ambiguous) {}

  void add(std::string_view segment) {
    const int w_trim = display_width(rtrim(segment), ambiguous_);
    if (line_w_ + w_trim <= limit_) return append(segment, w_trim + trailing(segment));
    if (!line_.empty()) emit();
    if (w_trim <= limit_) return append(segment, w_trim + trailing(segment));
    // Wider than a whole line: only now cut it, between grapheme clusters.
    size_t prev = 0;
    for_each_grapheme_boundary(segment, [&](size_t b) {
      const std::string_view g = segment.substr(prev, b - prev);
      prev = b;
      const int w = display_width(g, ambiguous_);
      if (line_w_ + display_width(rtrim(g), ambiguous_) > limit_ && !line_.empty()) emit();
      append(g, w);
    });
  }

  void emit() {
    sink_(rtrim(line_));
    line_.clear();
    line_w_ = 0;
    limit_ = width_;
  }

 private:
  /// Columns of the spaces ending `s` (one each).
  static int trailing(std::string_view s) { return static_cast<int>(s.size() - rtrim(s).size()); }
  void append(std::string_view s, int w) {
    line_ += s;
    line_w_ += w;
  }

  int limit_, width_;
  const LineSink& sink_;
  AmbiguousWidth ambiguous_;
  std::string line_;
  int line_w_ = 0;
};

}  // namespace

void wrap_text(std::string_view text, int first_width, int width, const LineSink& sink,
               AmbiguousWidth ambiguous) {
  Filler filler(std::max(first_width, 2), std::max(width, 2), sink, ambiguous);
  size_t prev = 0;
  for_each_line_break(text, [&](const LineBreakOpportunity& op) {
    const std::string_view segment = text.substr(prev, op.offset - prev);
    prev = op.offset;
    filler.add(op.mandatory ? strip_line_break(segment) : segment);
    if (op.mandatory) filler.emit();
  });
  filler.emit();
}

std::vector<std::string> wrap_text(std::string_view text, int first_width, int width,
                                   AmbiguousWidth ambiguous) {
  std::vector<std::string> out;
  wrap_text(
      text, first_width, width, [&](std::string_view line) { out.emplace_back(line); }, ambiguous);
  return out;
}

int widest_unbreakable(std::string_view text, AmbiguousWidth ambiguous) {
  int widest = 0;
  size_t prev = 0;
  for_each_line_break(text, [&](const LineBreakOpportunity& op) {
    const std::string_view segment = text.substr(prev, op.offset - prev);
    prev = op.offset;
    widest = std::max(widest, display_width(rtrim(strip_line_break(segment)), ambiguous));
  });
  return widest;
}

std::string pad_to(std::string_view text, int width, Align align, AmbiguousWidth ambiguous) {
  const int extra = std::max(0, width - display_width(text, ambiguous));
  const int left = align == Align::Center ? extra / 2 : align == Align::Right ? extra : 0;
  return std::string(left, ' ') + std::string(text) + std::string(extra - left, ' ');
}

}  // namespace formwork
