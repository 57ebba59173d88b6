#pragma once
// Unicode text segmentation for writers that fill lines themselves (TXT):
// UAX #14 line-break opportunities and UAX #29 grapheme clusters, both from
// ICU's BreakIterator, with the rules the PDF layout engine uses
// (src/layout/line_breaker.cpp): locale "zh@lb=strict", i.e. strict Chinese
// kinsoku — no break before 。，、；：？！）」』》 nor after （「『《 —, Latin
// words and digit strings such as "0.00", "2016001" or "0531-88597980" kept
// whole.
#include <unicode/brkiter.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace formwork {

/// A new ICU iterator with formwork's segmentation rules: `line` true gives
/// the UAX #14 line iterator for locale "zh@lb=strict" (strict Chinese
/// kinsoku), false the UAX #29 grapheme-cluster iterator for "zh". The PDF
/// layout (src/layout/line_breaker.cpp) and the TXT writer both use these,
/// so they break the same text at the same places. Throws
/// std::runtime_error if ICU cannot create it.
std::unique_ptr<icu::BreakIterator> new_break_iterator(bool line);

/// A place where a line may (or must) end, in a UTF-8 string.
struct LineBreakOpportunity {
  size_t offset = 0;       ///< byte offset the next segment starts at
  bool mandatory = false;  ///< after a hard line break (LF, CR, U+2028…; UAX #14 class BK/CR/LF/NL)
};

/// Calls on_break for each UAX #14 break opportunity of UTF-8 `text` in
/// ascending order, as line_break_opportunities lists them, without
/// collecting them: memory stays constant however long the text is. The
/// callback must not itself iterate line breaks (the thread's line
/// iterator is in use). Throws std::runtime_error if ICU cannot create its
/// line iterator.
void for_each_line_break(std::string_view text,
                         const std::function<void(const LineBreakOpportunity&)>& on_break);

/// Calls on_boundary for each extended grapheme cluster boundary (UAX #29)
/// of UTF-8 `text` in ascending order, as grapheme_boundaries lists them,
/// without collecting them. The callback must not itself iterate grapheme
/// boundaries. Throws std::runtime_error if ICU cannot create its
/// character iterator.
void for_each_grapheme_boundary(std::string_view text,
                                const std::function<void(size_t offset)>& on_boundary);

/// The UAX #14 break opportunities of UTF-8 `text`, ascending byte offsets,
/// excluding 0; the last one is text.size() (none for empty text). Spaces
/// stay with the segment before them ("word " | "next"). Invalid UTF-8
/// reads as U+FFFD. Throws std::runtime_error if ICU cannot create its
/// line iterator.
std::vector<LineBreakOpportunity> line_break_opportunities(std::string_view text);

/// Byte offsets of the extended grapheme cluster boundaries (UAX #29) of
/// UTF-8 `text`, ascending, excluding 0 and including text.size(): the
/// places where a segment wider than a line may be cut without separating
/// a base letter from its combining marks ("ệ" as e + U+0323 + U+0302).
/// Throws std::runtime_error if ICU cannot create its character iterator.
std::vector<size_t> grapheme_boundaries(std::string_view text);

}  // namespace formwork
