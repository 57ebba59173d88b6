#pragma once
// UTF-8 helpers built on ICU's U8_* macros.
#include <string>
#include <string_view>
#include <vector>

namespace formwork {

/// `s` with ASCII letters in lower case, other bytes unchanged (file
/// extensions, encoding and charset names).
std::string ascii_lower(std::string_view s);
/// `s` without the U+0020 spaces at either end (other blanks are kept).
std::string_view trim_spaces(std::string_view s);
/// True for a Han character: CJK Unified Ideographs and Extension A, the
/// compatibility ideographs, the supplementary ideographic planes and 〇.
bool is_han(char32_t c);
/// Decodes UTF-8 to code points; invalid sequences become U+FFFD.
std::u32string utf8_to_u32(std::string_view s);
/// Encodes code points as UTF-8.
std::string u32_to_utf8(std::u32string_view s);
/// NFC normalisation (ICU Normalizer2), so text typed with combining marks
/// (Vietnamese "e\u0302\u0301") equals precomposed text ("ế").
std::string nfc(std::string_view s);
/// How East Asian Ambiguous characters (UAX #11: “ ” × ÷ ≥ — à đ) are
/// counted: one column, as Western terminals and fonts show them, or two,
/// as CJK terminals and fonts do.
enum class AmbiguousWidth { Narrow, Wide };

/// Display width in terminal columns: East Asian Wide and Fullwidth
/// characters (UAX #11) count 2, Ambiguous ones 1 or 2 as `ambiguous`
/// says, combining marks 0, others 1.
int display_width(std::string_view s, AmbiguousWidth ambiguous = AmbiguousWidth::Narrow);
/// Display width of one code point, as display_width counts it (0, 1 or 2).
int char_display_width(char32_t cp, AmbiguousWidth ambiguous = AmbiguousWidth::Narrow);

}  // namespace formwork
