#include "txt/line_wrap.h"

#include <gtest/gtest.h>

#include "util/utf8.h"

namespace formwork {
namespace {

TEST(WrapText, BreaksBetweenHanCharactersAtDisplayWidth) {
  // 12 Han characters = 24 columns; 10 columns hold 5 of them.
  const auto lines = wrap_text("经费决算表项目支出绩效", 10, 10);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "经费决算表");
  EXPECT_EQ(lines[1], "项目支出绩");
  EXPECT_EQ(lines[2], "效");
}

TEST(WrapText, KeepsClosingPunctuationWithPrecedingCharacter) {
  // UAX #14: no break before "，" — it moves down together with "表".
  const auto lines = wrap_text("经费决算表，项目", 10, 10);
  ASSERT_GE(lines.size(), 2u);
  EXPECT_EQ(lines[0], "经费决算");
  EXPECT_EQ(lines[1].rfind("表，", 0), 0u) << lines[1];
}

TEST(WrapText, BreaksLatinAtSpacesWithoutTrailingSpaces) {
  const auto lines = wrap_text("Độc lập - Tự do - Hạnh phúc", 10, 10);
  for (const auto& l : lines) {
    EXPECT_LE(display_width(l), 10) << l;
    EXPECT_FALSE(!l.empty() && l.back() == ' ') << "'" << l << "'";
  }
  EXPECT_EQ(lines[0], "Độc lập -");
  EXPECT_EQ(lines[1], "Tự do -");
  EXPECT_EQ(lines[2], "Hạnh phúc");
}

TEST(WrapText, SplitsOverlongWordsAndHonoursFirstWidth) {
  const auto lines = wrap_text("abcdefghij", 4, 6);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "abcd");
  EXPECT_EQ(lines[1], "efghij");
}

TEST(WrapText, HardBreaksAndEmptyText) {
  EXPECT_EQ(wrap_text("", 10, 10), std::vector<std::string>{""});
  EXPECT_EQ(wrap_text("甲\n\n乙", 10, 10), (std::vector<std::string>{"甲", "", "乙"}));
}

TEST(PadTo, PadsByDisplayWidth) {
  EXPECT_EQ(pad_to("金额", 8, Align::Right), "    金额");
  EXPECT_EQ(pad_to("金额", 7, Align::Center), " 金额  ");
  EXPECT_EQ(pad_to("ab", 4, Align::Justify), "ab  ");
  EXPECT_EQ(pad_to("金额", 2, Align::Left), "金额");
}

}  // namespace
}  // namespace formwork
