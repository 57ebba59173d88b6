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

TEST(WrapText, NoLineStartsWithClosingPunctuation) {
  // Strict kinsoku (the PDF layout's "zh@lb=strict"): the character before
  // the mark moves down with it, whichever mark it is.
  for (const char* mark : {"。", "，", "、", "；", "：", "？", "！", "）", "」", "』", "》"}) {
    const auto lines = wrap_text(std::string("经费决算表") + mark + "项目", 10, 10);
    ASSERT_GE(lines.size(), 2u) << mark;
    EXPECT_EQ(lines[0], "经费决算") << mark;
    EXPECT_EQ(lines[1].rfind(std::string("表") + mark, 0), 0u) << mark << ": " << lines[1];
  }
}

TEST(WrapText, NoLineEndsWithOpeningPunctuation) {
  // "经费决（" would fill the 8 columns exactly, but an opening mark goes
  // down with what it opens.
  for (const char* mark : {"（", "「", "『", "《"}) {
    const auto lines = wrap_text(std::string("经费决") + mark + "算表", 8, 8);
    ASSERT_EQ(lines.size(), 2u) << mark;
    EXPECT_EQ(lines[0], "经费决") << mark;
    EXPECT_EQ(lines[1], std::string(mark) + "算表") << mark;
  }
}

TEST(WrapText, DigitStringsStayWhole) {
  EXPECT_EQ(wrap_text("项目编号2016001", 12, 12),
            (std::vector<std::string>{"项目编号", "2016001"}));
  EXPECT_EQ(wrap_text("电话：0531-88597980", 16, 16),
            (std::vector<std::string>{"电话：", "0531-88597980"}));
  EXPECT_EQ(wrap_text("手机13805310000", 12, 12),
            (std::vector<std::string>{"手机", "13805310000"}));
  EXPECT_EQ(wrap_text("合计3,916,995.54元", 14, 14),
            (std::vector<std::string>{"合计", "3,916,995.54元"}));
  EXPECT_EQ(wrap_text("执行率40.87%", 10, 10), (std::vector<std::string>{"执行率", "40.87%"}));
}

TEST(WrapText, LatinWordsStayWhole) {
  EXPECT_EQ(wrap_text("Báo cáo sơ kết", 8, 8), (std::vector<std::string>{"Báo cáo", "sơ kết"}));
  EXPECT_EQ(wrap_text("the quick brown fox", 9, 9),
            (std::vector<std::string>{"the quick", "brown fox"}));
}

TEST(WrapText, CombiningMarksTakeNoColumnAndStayWithTheirLetter) {
  // "Nghị định" typed with combining marks: 9 columns however many bytes.
  const std::string decomposed = "Nghi\u0323 \u0111i\u0323nh";
  EXPECT_EQ(wrap_text(decomposed, 9, 9), std::vector<std::string>{decomposed});
  // "người" decomposed (ư = u + U+031B, ờ = o + U+031B + U+0300) cut into
  // 2-column lines: every cut is between grapheme clusters.
  const auto lines = wrap_text("ngu\u031Bo\u031B\u0300i", 2, 2);
  EXPECT_EQ(lines, (std::vector<std::string>{"ng", "u\u031Bo\u031B\u0300", "i"}));
}

TEST(WrapText, OverlongTokenIsCutByGraphemesOnItsOwnLine) {
  EXPECT_EQ(wrap_text("电话0531-88597980", 6, 6),
            (std::vector<std::string>{"电话", "0531-8", "859798", "0"}));
  EXPECT_EQ(wrap_text("经费合计1,000.00", 7, 7),
            (std::vector<std::string>{"经费合", "计", "1,000.0", "0"}));
}

TEST(WidestUnbreakable, NumbersCodesAndWords) {
  EXPECT_EQ(widest_unbreakable(""), 0);
  EXPECT_EQ(widest_unbreakable("0.00"), 4);
  EXPECT_EQ(widest_unbreakable("项目2016001，电话0531-88597980"), 13);
  EXPECT_EQ(widest_unbreakable("Hạnh phúc"), 4);  // trailing space not counted
  EXPECT_EQ(widest_unbreakable("经费，"), 4);     // "费，" never splits
  EXPECT_EQ(widest_unbreakable("0546-8087230/8082273"), 20);
}

TEST(PadTo, PadsByDisplayWidth) {
  EXPECT_EQ(pad_to("金额", 8, Align::Right), "    金额");
  EXPECT_EQ(pad_to("金额", 7, Align::Center), " 金额  ");
  EXPECT_EQ(pad_to("ab", 4, Align::Justify), "ab  ");
  EXPECT_EQ(pad_to("金额", 2, Align::Left), "金额");
}

}  // namespace
}  // namespace formwork
