#include "layout/line_breaker.h"

#include <unicode/locid.h>
#include <unicode/ubrk.h>

#include <algorithm>
#include <stdexcept>
#include <string>

#include "util/line_breaks.h"

namespace formwork {

namespace {

constexpr double kEps = 1e-6;  // pt; absorbs rounding in summed advances

struct Opportunity {
  size_t pos;  ///< character index the next segment starts at
  bool hard;   ///< mandatory break (UAX #14 class BK, e.g. after '\n')
};

std::vector<Opportunity> opportunities(icu::BreakIterator& it, const ShapedText& t) {
  std::vector<Opportunity> out;
  it.setText(t.text);
  it.first();
  for (int32_t b = it.next(); b != icu::BreakIterator::DONE; b = it.next()) {
    int32_t status = it.getRuleStatus();
    bool hard = status >= UBRK_LINE_HARD && status < UBRK_LINE_HARD_LIMIT;
    out.push_back({t.index_at_u16(b), hard});
  }
  return out;
}

// The greedy state machine: segments between break opportunities are added
// one by one; a line is closed when the next segment would overflow it.
class Filler {
 public:
  Filler(const ShapedText& t, icu::BreakIterator& graphemes, double first, double other)
      : t_(t), graphemes_(graphemes), first_(first), other_(other) {
    graphemes_.setText(t_.text);
  }

  void add_segment(size_t a, size_t b, bool hard) {
    size_t ce = b;
    while (ce > a && is_trailing_space(t_.chars[ce - 1].cp)) --ce;
    if (ce > a) {
      if (has_content() && !fits(ce)) emit(a, false);
      if (a > start_) segment_starts_.push_back(a);
      // A word, number or CJK cluster that fits a line alone stays whole;
      // only one wider than a full line is cut between grapheme clusters.
      if (fits(ce)) {
        content_end_ = ce;
      } else {
        split_graphemes(a, ce);
      }
    }
    if (hard) emit(b, true);
  }

  std::vector<LineSpan> finish(bool avoid_runt) {
    if (start_ < t_.chars.size() || lines_.empty() || last_hard_) {
      emit(t_.chars.size(), true);
    } else {
      lines_.back().hard_end = true;
    }
    if (avoid_runt) take_in_runt();
    return std::move(lines_);
  }

 private:
  bool has_content() const { return content_end_ > start_; }
  double avail() const { return lines_.empty() ? first_ : other_; }
  bool fits(size_t end) const { return t_.width(start_, end) <= avail() + kEps; }

  void emit(size_t next_start, bool hard, bool split = false) {
    lines_.push_back({start_, content_end_, hard, split});
    start_ = content_end_ = next_start;
    last_hard_ = hard;
    // The opportunities inside the last two lines closed (take_in_runt);
    // the new line starts with none of its own.
    before_last_starts_ = std::move(last_starts_);
    last_starts_ = std::move(segment_starts_);
    segment_starts_.clear();
  }

  // A last line holding one wide character alone takes the last segment of
  // the line before, when that line keeps two characters or more and the
  // new last line fits. Breaks stay at UAX #14 opportunities, so kinsoku
  // still holds.
  void take_in_runt() {
    const size_t n = lines_.size();
    if (n < 2) return;
    LineSpan& last = lines_[n - 1];
    LineSpan& prev = lines_[n - 2];
    if (prev.hard_end || prev.split || last.end != last.begin + 1) return;
    if (!is_wide_char(t_.chars[last.begin].cp)) return;
    for (auto it = before_last_starts_.rbegin(); it != before_last_starts_.rend(); ++it) {
      const size_t q = *it;
      if (q < prev.begin + 2 || q > prev.end) continue;
      if (t_.width(q, last.end) > other_ + kEps) return;
      size_t ce = q;
      while (ce > prev.begin && is_trailing_space(t_.chars[ce - 1].cp)) --ce;
      prev.end = ce;
      last.begin = q;
      return;
    }
  }

  void split_graphemes(size_t a, size_t ce) {
    size_t g0 = a;
    while (g0 < ce) {
      int32_t nb = graphemes_.following(t_.chars[g0].u16);
      size_t g1 = nb == icu::BreakIterator::DONE ? ce : std::min(t_.index_at_u16(nb), ce);
      if (g1 <= g0) g1 = g0 + 1;  // defensive: always make progress
      if (has_content() && !fits(g1)) emit(g0, false, g0 > a);
      content_end_ = g1;
      g0 = g1;
    }
  }

  const ShapedText& t_;
  icu::BreakIterator& graphemes_;
  double first_;
  double other_;
  std::vector<LineSpan> lines_;
  size_t start_ = 0;
  size_t content_end_ = 0;
  bool last_hard_ = false;
  std::vector<size_t> segment_starts_;      // opportunities inside the open line
  std::vector<size_t> last_starts_;         // … inside the last line closed
  std::vector<size_t> before_last_starts_;  // … inside the line before it
};

}  // namespace

bool is_trailing_space(char32_t cp) {
  return cp == U' ' || cp == U'\u3000' || cp == U'\n' || cp == U'\r';
}

LineBreaker::LineBreaker()
    : line_(new_break_iterator(true)), grapheme_(new_break_iterator(false)) {}

std::vector<LineSpan> LineBreaker::break_lines(const ShapedText& text, double first_width,
                                               double other_width, bool avoid_runt) {
  Filler filler(text, *grapheme_, first_width, other_width);
  size_t seg_start = 0;
  for (const Opportunity& op : opportunities(*line_, text)) {
    if (op.pos <= seg_start && !op.hard) continue;
    filler.add_segment(seg_start, op.pos, op.hard);
    seg_start = op.pos;
  }
  return filler.finish(avoid_runt);
}

}  // namespace formwork
