#pragma once
// List numbers in the formats of w:numFmt (ECMA-376 Part 1 §17.18.59
// ST_NumberFormat) that Chinese and Vietnamese documents use.
#include <string>
#include <string_view>

namespace formwork {

/// `n` (≥ 0) written in `format`: decimal "3", decimalZero "03",
/// upperRoman "III", lowerRoman "iii", upperLetter "C" (27 → "AA"),
/// lowerLetter "c", chineseCounting / chineseCountingThousand /
/// taiwaneseCounting / japaneseCounting "三" (十一, 二十三, 一百零五),
/// chineseLegalSimplified "叁", ideographTraditional "丙" (甲乙丙…),
/// ideographZodiac "寅", ideographDigital "一〇五", decimalEnclosedCircle
/// and decimalEnclosedCircleChinese "③" (1–20), decimalEnclosedParen "⑶"
/// (1–20), decimalEnclosedFullstop "⒊" (1–20), decimalFullWidth "３",
/// none "". `supported` is set false (and decimal returned) for other
/// formats and for numbers an enclosed format has no character for.
std::string format_list_number(int n, std::string_view format, bool* supported);

/// A bullet's lvlText in a symbol font (Symbol, Wingdings: private-use
/// code points U+F020–U+F0FF) as the Unicode character it shows (U+F0B7 →
/// "•", U+F0A7 → "▪", U+F0D8 → "➢", U+F0FC → "✓"…); other text unchanged.
/// `mapped_roughly` is set true when a private-use character had no known
/// counterpart and became "•".
std::string bullet_text(std::string_view text, bool* mapped_roughly);

}  // namespace formwork
