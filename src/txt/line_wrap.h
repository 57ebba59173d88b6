#pragma once
// Greedy line filling by display width at the break opportunities of the
// Unicode line breaking algorithm (UAX #14, ICU's line BreakIterator with the
// PDF layout's strict kinsoku rules, see util/line_breaks.h): between two Han
// characters, at spaces in Latin/Vietnamese text, never before closing
// punctuation such as "，" or "。" nor after "（"; numbers stay whole.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"
#include "util/utf8.h"  // AmbiguousWidth

namespace formwork {

/// Wraps UTF-8 `text` into lines of at most `first_width` display columns
/// for the first line and `width` for the others (UAX #11 widths: Han
/// characters count 2, combining marks 0). '\n' (and any UAX #14 hard break)
/// ends a line. A segment between break opportunities (a word, a number, a
/// Han character with its punctuation) is split, between grapheme clusters
/// (UAX #29), only when it is wider than a whole line. Lines carry no
/// trailing spaces.
/// Returns at least one line (empty text gives {""}). Widths below 2 are
/// treated as 2 so that every character fits.
/// `ambiguous`: how East Asian Ambiguous characters count (display_width).
std::vector<std::string> wrap_text(std::string_view text, int first_width, int width,
                                   AmbiguousWidth ambiguous = AmbiguousWidth::Narrow);

/// Receives lines one at a time; the view is valid only during the call.
using LineSink = std::function<void(std::string_view line)>;

/// wrap_text handing each line to `sink` as soon as it is complete: time
/// and memory are linear in the length of `text` and the working memory is
/// one line, whatever the text holds (one unbroken 50 MB word, or millions
/// of short lines).
void wrap_text(std::string_view text, int first_width, int width, const LineSink& sink,
               AmbiguousWidth ambiguous = AmbiguousWidth::Narrow);

/// Display width of the widest segment of `text` that wrap_text never
/// splits unless it must (trailing spaces excluded): the narrowest line that
/// holds "2016001", "0531-88597980" or "186,432.50" whole. 0 for empty text.
int widest_unbreakable(std::string_view text, AmbiguousWidth ambiguous = AmbiguousWidth::Narrow);

/// `text` padded with spaces to exactly `width` display columns, placed by
/// `align` (Justify is Left; Center puts the odd space on the right).
/// Text wider than `width` is returned unchanged.
std::string pad_to(std::string_view text, int width, Align align,
                   AmbiguousWidth ambiguous = AmbiguousWidth::Narrow);

}  // namespace formwork
