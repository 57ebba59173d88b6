#include "util/utf8.h"

#include <gtest/gtest.h>

using namespace formwork;

TEST(Utf8, RoundTrip) {
  std::string s = "合计 190,000.00 ơ ư ế";
  EXPECT_EQ(u32_to_utf8(utf8_to_u32(s)), s);
  EXPECT_EQ(utf8_to_u32("经费").size(), 2u);
}

TEST(Utf8, InvalidBytesBecomeReplacementCharacter) {
  EXPECT_EQ(utf8_to_u32("a\xBE\xAD"), std::u32string(U"a\uFFFD\uFFFD"));
}

TEST(Utf8, NfcComposesVietnamese) {
  // "ế" typed as e + circumflex + acute composes to U+1EBF.
  EXPECT_EQ(nfc("e\xCC\x82\xCC\x81"), "\xE1\xBA\xBF");
  EXPECT_EQ(nfc("Báo cáo"), "Báo cáo");
}

TEST(Utf8, DisplayWidthCountsWideCharactersTwice) {
  EXPECT_EQ(display_width("abc"), 3);
  EXPECT_EQ(display_width("合计"), 4);
  EXPECT_EQ(display_width("合计: 12"), 8);
  EXPECT_EQ(display_width("（一）"), 6);             // fullwidth brackets
  EXPECT_EQ(display_width("e\xCC\x82\xCC\x81"), 1);  // combining marks are zero width
}
