#pragma once
// Greedy line filling by display width at the break opportunities of the
// Unicode line breaking algorithm (UAX #14, via ICU's line BreakIterator):
// between any two Han characters, at spaces in Latin/Vietnamese text, never
// before closing punctuation such as "，" or "。".
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace formwork {

/// Wraps UTF-8 `text` into lines of at most `first_width` display columns
/// for the first line and `width` for the others (UAX #11 widths: Han
/// characters count 2). '\n' is a hard line break. A word longer than a line
/// is split between grapheme clusters. Lines carry no trailing spaces.
/// Returns at least one line (empty text gives {""}). Widths below 2 are
/// treated as 2 so that every character fits.
std::vector<std::string> wrap_text(std::string_view text, int first_width, int width);

/// `text` padded with spaces to exactly `width` display columns, placed by
/// `align` (Justify is Left; Center puts the odd space on the right).
/// Text wider than `width` is returned unchanged.
std::string pad_to(std::string_view text, int width, Align align);

}  // namespace formwork
