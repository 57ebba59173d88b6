#pragma once
// Private to the layout engine: greedy line filling over UAX #14 break
// opportunities (ICU, strict CJK line breaking).
#include <unicode/brkiter.h>

#include <cstddef>
#include <memory>
#include <vector>

#include "layout/shaper.h"

namespace formwork {

/// One line of a paragraph as character indices into ShapedText::chars.
struct LineSpan {
  size_t begin = 0;
  size_t end = 0;  ///< end of visible content: trailing spaces and '\n' excluded
  /// True for the paragraph's last line and lines ended by '\n': such lines
  /// are never justified.
  bool hard_end = false;
  /// True when the line ends inside a segment (a word, number or code wider
  /// than a whole line, cut between grapheme clusters).
  bool split = false;
};

/// Breaks shaped paragraphs into lines. Holds ICU iterators, so create one
/// per layout run and reuse it (creation is costly).
class LineBreaker {
 public:
  /// Creates the ICU line ("zh@lb=strict", UAX #14 with strict kinsoku) and
  /// grapheme-cluster iterators. Throws std::runtime_error if ICU fails.
  LineBreaker();

  /// Fills lines greedily: the first line may be `first_width` pt wide,
  /// the others `other_width` pt. Breaks only at UAX #14 opportunities; a
  /// segment wider than a whole line is broken between grapheme clusters
  /// (UAX #29). '\n' forces a break. Trailing spaces do not count toward a
  /// line's width. Always returns at least one line (empty for empty text).
  /// `avoid_runt`: when the text's last line would hold one wide character
  /// alone (技/术, 拨/款), the line before gives it its last segment, if it
  /// keeps two characters or more and that still fits (孤字, a runt).
  std::vector<LineSpan> break_lines(const ShapedText& text, double first_width, double other_width,
                                    bool avoid_runt = false);

 private:
  std::unique_ptr<icu::BreakIterator> line_;
  std::unique_ptr<icu::BreakIterator> grapheme_;
};

/// True for characters that hang at a line end without taking width
/// (U+0020, U+3000 ideographic space, line feed, carriage return).
bool is_trailing_space(char32_t cp);

}  // namespace formwork
