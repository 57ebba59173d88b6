#pragma once
// Mojibake in valid JSON: text whose bytes were decoded with the wrong
// encoding before they reached the record (GBK/GB18030 or UTF-8 read as
// Latin-1 or windows-1252), so the record is valid UTF-8 but says
// "ºî¼ÒÌÁ½ÖµÀ" where it meant 侯家塘街道, or "Quang Kháº£i" for Quang Khải.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/value.h"

namespace formwork {

/// What a passage of mojibake was meant to say.
struct MojibakeFinding {
  std::string mojibake;   // the passage as the record holds it (UTF-8)
  std::string recovered;  // the text its cp1252/Latin-1 bytes stand for
  std::string encoding;   // "GB18030" or "UTF-8": how those bytes decode
};

/// The first passage of `text` that looks like mojibake, or nothing.
///
/// A passage is a maximal run of characters windows-1252 can encode (ASCII,
/// U+0080..U+00FF, where C1 controls stand for the five bytes cp1252 leaves
/// undefined, and cp1252's € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ)
/// holding at least one non-ASCII character. It is mojibake when its bytes
///  - decode strictly as UTF-8 with a non-ASCII character and no C1
///    control, and the result has Han, or its non-ASCII characters are all
///    letters of the Vietnamese alphabet (à â ê ô ă đ ơ ư, U+1EA0..U+1EF9,
///    combining tone marks…) with at least one of them, beside punctuation
///    ("Lê Hoàng Long" read as cp1252 is "LÃª HoÃ\u00A0ng Long"); or
///  - decode strictly as GB18030 into at least two Han ideographs that make
///    up most of the non-ASCII text, with nothing outside Han, CJK and
///    general punctuation, fullwidth forms and GB2312's symbols, and most
///    of the two-byte characters in GB2312's rows (both bytes ≥ 0xA1; an
///    accented letter followed by an ASCII letter, "été", also pairs up in
///    GBK, but not there), and Han mostly standing next to Han as in Chinese
///    words ("Ação" pairs up into the lone A玢o).
/// French, German, Spanish, pinyin, Vietnamese and English typography do
/// not meet these conditions (tests/unit/data/mojibake_test.cpp); what does
/// is four or more Latin-1 letters and signs in a row with no ASCII between
/// ("°±²³´µ"), which is what GB18030 mojibake looks like.
std::optional<MojibakeFinding> find_mojibake(std::string_view text);

/// One line per string value or member name of `record` that looks like
/// mojibake, in document order, worded like forbidden_char_problems:
///   /项目名称: looks like mojibake (text decoded with the wrong encoding):
///   "ºî¼ÒÌÁ½ÖµÀ" reads as "侯家塘街道" in GB18030; fix the data's encoding
/// Member names are reported at the member's pointer after "member name: ".
/// Texts longer than 40 characters are cut with "…". Empty when clean.
std::vector<std::string> mojibake_problems(const Value& record);

}  // namespace formwork
