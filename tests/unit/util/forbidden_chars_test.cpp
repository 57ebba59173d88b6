// The one policy for characters no output may carry (util/forbidden_chars).
#include "util/forbidden_chars.h"

#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <string>

namespace formwork {
namespace {

bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

TEST(ForbiddenKind, EachClass) {
  for (char32_t c : {0x00u, 0x07u, 0x0Bu, 0x0Cu, 0x1Fu, 0x7Fu, 0x85u, 0x9Fu}) {
    EXPECT_EQ(forbidden_kind(c), ForbiddenKind::Control) << code_point_label(c);
  }
  for (char32_t c : {0xD800u, 0xDBFFu, 0xDC00u, 0xDFFFu}) {
    EXPECT_EQ(forbidden_kind(c), ForbiddenKind::Surrogate) << code_point_label(c);
  }
  for (char32_t c : {0xFDD0u, 0xFDEFu, 0xFFFEu, 0xFFFFu, 0x1FFFEu, 0x2FFFFu, 0x10FFFFu}) {
    EXPECT_EQ(forbidden_kind(c), ForbiddenKind::Noncharacter) << code_point_label(c);
  }
  EXPECT_EQ(forbidden_kind(0x110000), ForbiddenKind::OutOfRange);
}

TEST(ForbiddenKind, TextCharactersAreAllowed) {
  for (char32_t c : {0x09u, 0x0Au, 0x0Du, 0x20u, 0x7Eu, 0xA0u, 0x4E2Du, 0xFDCFu, 0xFDF0u, 0xFEFFu,
                     0xFFFDu, 0x20000u, 0x202Eu}) {
    EXPECT_FALSE(is_forbidden_char(c)) << code_point_label(c);
  }
}

TEST(CodePointLabel, UnicodeNotation) {
  EXPECT_EQ(code_point_label(0x7), "U+0007");
  EXPECT_EQ(code_point_label(0xFFFE), "U+FFFE");
  EXPECT_EQ(code_point_label(0x1FFFF), "U+1FFFF");
}

TEST(CleanText, RemovesEveryClassAndKeepsText) {
  EXPECT_EQ(clean_text("a\x01"
                       "b\x7F"
                       "c\u0085d\uFFFEe\uFFFFf\uFDD0g\U0001FFFEh"),
            "abcdefgh");
  EXPECT_EQ(clean_text("经费\t决算\r\n表"), "经费\t决算\r\n表");
}

TEST(CleanText, MalformedUtf8BecomesReplacementCharacters) {
  // A surrogate encoded in UTF-8 (CESU-8 style) and a stray continuation byte.
  const std::string cleaned = clean_text(
      "a\xED\xA0\x80"
      "b\x80"
      "c");
  EXPECT_TRUE(valid_utf8(cleaned));
  EXPECT_EQ(cleaned.front(), 'a');
  EXPECT_EQ(cleaned.back(), 'c');
  EXPECT_NE(cleaned.find("\uFFFD"), std::string::npos);
  EXPECT_EQ(cleaned.find("\xED\xA0"), std::string::npos);
}

TEST(CleanText, CleanTextIsNotCopied) {
  const std::string text = "验收表 Quang Khải";
  std::string storage;
  EXPECT_EQ(clean_text(text, storage).data(), text.data());
  EXPECT_TRUE(storage.empty());
}

TEST(FindForbiddenChars, PositionsCountCodePoints) {
  const auto found = find_forbidden_chars("验收\uFFFF表\x07", 8);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].position, 3u);
  EXPECT_EQ(found[0].code_point, 0xFFFFu);
  EXPECT_EQ(found[1].position, 5u);
  EXPECT_EQ(found[1].code_point, 0x07u);
  EXPECT_EQ(find_forbidden_chars("\x01\x02\x03", 2).size(), 2u);
  EXPECT_TRUE(find_forbidden_chars("clean 文本").empty());
}

TEST(BidiControls, OverridesIsolatesAndMarks) {
  for (char32_t c : {0x202Au, 0x202Bu, 0x202Cu, 0x202Du, 0x202Eu, 0x2066u, 0x2067u, 0x2068u,
                     0x2069u, 0x200Eu, 0x200Fu, 0x061Cu}) {
    EXPECT_TRUE(is_bidi_control(c)) << code_point_label(c);
  }
  EXPECT_FALSE(is_bidi_control(0x200B));
  EXPECT_FALSE(is_bidi_control('a'));
}

}  // namespace
}  // namespace formwork
