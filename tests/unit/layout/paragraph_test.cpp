// Line breaking, alignment and shaping of single paragraphs, asserted on the
// frames with a monospace fake font (wide = 1 em, others 0.5 em).
#include <gtest/gtest.h>

#include "fake_fonts.h"
#include "layout/layout.h"
#include "layout_test_util.h"

namespace formwork {
namespace {

using layout_test::all_text;
using layout_test::doc_with_box;
using layout_test::FakeFonts;
using layout_test::han;
using layout_test::lines_of;
using layout_test::margin_pt;
using layout_test::para;
using layout_test::pens;
using layout_test::TextLine;

constexpr double kTol = 1e-6;

std::vector<TextLine> layout_lines(const Paragraph& p, double width) {
  FakeFonts fonts;
  Document d = doc_with_box(width);
  d.blocks.push_back(p);
  LaidOutDocument out = layout_document(d, fonts);
  EXPECT_EQ(out.pages.size(), 1u);
  return lines_of(out.pages.at(0));
}

std::u32string u32(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : c & (0x3F >> (n - 1));
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += static_cast<size_t>(n);
  }
  return out;
}

TEST(ParagraphLayout, WrapsChineseAtTheWidth) {
  // 120 pt at 12 pt = 10 Han characters per line.
  std::vector<TextLine> lines = layout_lines(para(han(25)), 120);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, han(10));
  EXPECT_EQ(lines[1].text, han(10));
  EXPECT_EQ(lines[2].text, han(5));
  // Pitch 1.25 × 12 = 15 pt; baseline = top + (15 − 12) / 2 + 0.88 × 12.
  double top = margin_pt();
  EXPECT_NEAR(lines[0].y, top + 1.5 + 10.56, kTol);
  EXPECT_NEAR(lines[1].y, top + 15 + 1.5 + 10.56, kTol);
  EXPECT_NEAR(lines[2].y, top + 30 + 1.5 + 10.56, kTol);
  for (const TextLine& l : lines) EXPECT_NEAR(l.x, margin_pt(), kTol);
  EXPECT_NEAR(lines[0].right, margin_pt() + 120, kTol);
  // One x offset per code point, 12 pt apart.
  ASSERT_EQ(lines[0].runs.size(), 1u);
  ASSERT_EQ(pens(lines[0].runs[0]).size(), 10u);
  EXPECT_NEAR(pens(lines[0].runs[0])[9], 108, kTol);
  EXPECT_EQ(lines[0].runs[0].face_id, "cjk");
}

TEST(ParagraphLayout, StrictKinsokuNoForbiddenLineStartsOrEnds) {
  // Each text puts a closing mark exactly at a naive line start (index 10)
  // or an opening mark at a naive line end (index 9).
  const std::vector<std::string> texts = {
      han(10) + "，" + han(5), han(10) + "。" + han(5), han(10) + "）" + han(5),
      han(10) + "」" + han(5), han(10) + "、" + han(5), han(10) + "！" + han(5),
      han(10) + "》" + han(5), han(9) + "（" + han(8),  han(9) + "「" + han(8),
      han(9) + "《" + han(8),  han(9) + "『" + han(8),  han(10) + "』" + han(5),
      han(10) + "；" + han(5), han(10) + "：" + han(5), han(10) + "？" + han(5),
  };
  const std::u32string no_start = U"，。、；：？！）」』》";
  const std::u32string no_end = U"（「『《";
  for (const std::string& t : texts) {
    std::vector<TextLine> lines = layout_lines(para(t), 120);
    ASSERT_GE(lines.size(), 2u) << t;
    std::string joined;
    for (const TextLine& l : lines) {
      std::u32string s = u32(l.text);
      ASSERT_FALSE(s.empty());
      EXPECT_EQ(no_start.find(s.front()), std::u32string::npos) << "line starts badly: " << l.text;
      EXPECT_EQ(no_end.find(s.back()), std::u32string::npos) << "line ends badly: " << l.text;
      EXPECT_LE(l.right, margin_pt() + 120 + kTol);
      joined += l.text;
    }
    EXPECT_EQ(joined, t);
  }
}

TEST(ParagraphLayout, KinsokuMovesTheCharacterBeforeAClosingMark) {
  std::vector<TextLine> lines = layout_lines(para(han(10) + "，" + han(3)), 120);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, han(9));
  EXPECT_EQ(lines[1].text, "汉，" + han(3));
}

TEST(ParagraphLayout, StrictLineBreakingKeepsTheProlongedSoundMark) {
  // "ー" (class CJ) may start a line under normal rules but not under strict.
  std::vector<TextLine> lines = layout_lines(para(han(10) + "ー" + han(2)), 120);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, han(9));
}

TEST(ParagraphLayout, LatinWordsAreNotSplit) {
  // 120 pt = 20 Latin characters at 12 pt.
  std::vector<TextLine> lines =
      layout_lines(para("the quick brown fox jumps over the lazy dog again"), 120);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "the quick brown fox");
  EXPECT_EQ(lines[1].text, "jumps over the lazy");
  EXPECT_EQ(lines[2].text, "dog again");
  EXPECT_EQ(lines[0].runs[0].face_id, "latin");
}

TEST(ParagraphLayout, LongDigitStringStaysWholeOnItsOwnLine) {
  // Six Han (72 pt) leave 48 pt; 16 digits need 96 pt but fit a line alone.
  std::vector<TextLine> lines = layout_lines(para(han(6) + "1234567890123456元"), 120);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, han(6));
  EXPECT_EQ(lines[1].text, "1234567890123456元");
}

TEST(ParagraphLayout, PhoneNumbersAndProjectNumbersAreKeptWhole) {
  // 120 pt = 10 Han or 20 digits; wherever the numbers fall, no line may
  // hold only part of one.
  const std::vector<std::string> numbers = {"0531-88597980", "2016001", "190,000.00"};
  for (int lead = 0; lead < 10; ++lead) {
    std::string text =
        han(lead) + "电话" + numbers[0] + "，编号" + numbers[1] + "，金额" + numbers[2] + "元。";
    std::vector<TextLine> lines = layout_lines(para(text), 120);
    std::string joined;
    for (const TextLine& l : lines) joined += l.text;
    EXPECT_EQ(joined, text);
    for (const std::string& n : numbers) {
      bool whole = false;
      for (const TextLine& l : lines) whole = whole || l.text.find(n) != std::string::npos;
      EXPECT_TRUE(whole) << n << " split with lead " << lead;
    }
  }
}

TEST(ParagraphLayout, LatinWordsInChineseTextAreNotSplit) {
  for (int lead = 0; lead < 10; ++lead) {
    std::string text = han(lead) + "采用Excel和WordPress软件";
    std::vector<TextLine> lines = layout_lines(para(text), 120);
    for (const std::string w : {"Excel", "WordPress"}) {
      bool whole = false;
      for (const TextLine& l : lines) whole = whole || l.text.find(w) != std::string::npos;
      EXPECT_TRUE(whole) << w << " split with lead " << lead;
    }
  }
}

TEST(ParagraphLayout, SegmentWiderThanALineBreaksBetweenGraphemes) {
  std::string digits = "123456789012345678901234567890";  // 30 × 6 pt = 180 pt
  std::vector<TextLine> lines = layout_lines(para(digits), 120);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, digits.substr(0, 20));
  EXPECT_EQ(lines[1].text, digits.substr(20));
}

TEST(ParagraphLayout, GraphemeBreakKeepsCombiningMarksWithTheirBase) {
  // "e" + U+0302 + U+0301 is one grapheme cluster; 21 letters overflow 20 columns.
  std::string word = std::string(19, 'a') + "e\u0302\u0301" + "bbb";
  std::vector<TextLine> lines = layout_lines(para(word), 120);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1].text.substr(0, 5), "e\u0302\u0301");  // cluster moved whole
}

TEST(ParagraphLayout, ForcedLineBreakAndTrailingSpaces) {
  std::vector<TextLine> lines = layout_lines(para("ab   \ncd"), 120);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "ab");
  EXPECT_EQ(lines[1].text, "cd");
  // Trailing spaces hang: 20 letters + spaces fit a 20-column line.
  lines = layout_lines(para(std::string(20, 'a') + "    bbbb", 12, Align::Right), 120);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, std::string(20, 'a'));
  EXPECT_NEAR(lines[0].x, margin_pt(), kTol);
  EXPECT_NEAR(lines[1].right, margin_pt() + 120, kTol);
}

TEST(ParagraphLayout, JustifyFillsTheWidthExactly) {
  // 125 pt holds 10 Han (120 pt); 5 pt are spread over 9 gaps.
  Paragraph p = para(han(25), 12, Align::Justify);
  std::vector<TextLine> lines = layout_lines(p, 125);
  ASSERT_EQ(lines.size(), 3u);
  for (int i = 0; i < 2; ++i) {
    EXPECT_NEAR(lines[i].right, margin_pt() + 125, kTol) << i;
    EXPECT_NEAR(pens(lines[i].runs[0])[1], 12 + 5.0 / 9, kTol);
  }
  // The last line is set flush left at natural spacing.
  EXPECT_NEAR(lines[2].right, margin_pt() + 60, kTol);
  EXPECT_NEAR(pens(lines[2].runs[0])[1], 12, kTol);
}

TEST(ParagraphLayout, JustifyStretchesLatinAtSpacesOnly) {
  Paragraph p = para("aaaa bbbb cccc dddd eeee", 12, Align::Justify);
  std::vector<TextLine> lines = layout_lines(p, 123);  // 20 columns + 3 pt
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "aaaa bbbb cccc dddd");
  EXPECT_NEAR(lines[0].right, margin_pt() + 123, kTol);  // 19 columns + 9 pt
  const std::vector<float> off = pens(lines[0].runs[0]);
  EXPECT_NEAR(off[3], 18, kTol);      // inside a word: natural
  EXPECT_NEAR(off[5], 30 + 3, kTol);  // after the first space: +9/3
  EXPECT_NEAR(off[18], 108 + 9, kTol);
}

TEST(ParagraphLayout, ForcedBreakLinesAreNotJustified) {
  Paragraph p = para("aaaa bbbb\ncccc", 12, Align::Justify);
  std::vector<TextLine> lines = layout_lines(p, 120);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NEAR(lines[0].right, margin_pt() + 54, kTol);
}

TEST(ParagraphLayout, FirstLineIndentOfTwoEm) {
  Paragraph p = para(han(18));
  p.first_line_indent_em = 2;
  std::vector<TextLine> lines = layout_lines(p, 120);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, han(8));
  EXPECT_NEAR(lines[0].x, margin_pt() + 24, kTol);
  EXPECT_EQ(lines[1].text, han(10));
  EXPECT_NEAR(lines[1].x, margin_pt(), kTol);
}

TEST(ParagraphLayout, LeftAndRightIndents) {
  Paragraph p = para(han(10));
  p.left_indent_em = 1;
  p.right_indent_em = 1;
  std::vector<TextLine> lines = layout_lines(p, 120);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, han(8));
  EXPECT_NEAR(lines[1].x, margin_pt() + 12, kTol);
}

TEST(ParagraphLayout, CentreAndRightAlignment) {
  std::vector<TextLine> c = layout_lines(para("一二三", 12, Align::Center), 120);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_NEAR(c[0].x, margin_pt() + 42, kTol);
  std::vector<TextLine> r = layout_lines(para("一二三", 12, Align::Right), 120);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_NEAR(r[0].x, margin_pt() + 84, kTol);
  EXPECT_NEAR(r[0].right, margin_pt() + 120, kTol);
}

TEST(ParagraphLayout, FallbackFaceSplitsRuns) {
  std::vector<TextLine> lines = layout_lines(para("中文ABC中"), 120);
  ASSERT_EQ(lines.size(), 1u);
  const std::vector<GlyphRun>& runs = lines[0].runs;
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[0].face_id, "cjk");
  EXPECT_EQ(runs[0].text, "中文");
  EXPECT_EQ(runs[1].face_id, "latin");
  EXPECT_EQ(runs[1].text, "ABC");
  EXPECT_NEAR(runs[1].x, margin_pt() + 24, kTol);
  EXPECT_NEAR(runs[1].width, 18, kTol);
  EXPECT_EQ(runs[2].face_id, "cjk");
  EXPECT_NEAR(runs[2].x, margin_pt() + 42, kTol);
}

TEST(ParagraphLayout, StylesSplitRunsAndSetSyntheticBold) {
  Paragraph p = para("普通");
  formwork::Run bold;
  bold.text = "加粗";
  bold.style.bold = true;
  bold.style.size_pt = 16;
  bold.style.color = 0xFF0000;
  p.runs.push_back(bold);
  std::vector<TextLine> lines = layout_lines(p, 120);
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].runs.size(), 2u);
  EXPECT_FALSE(lines[0].runs[0].synthetic_bold);
  EXPECT_TRUE(lines[0].runs[1].synthetic_bold);  // fake faces are never bold
  EXPECT_EQ(lines[0].runs[1].color, 0xFF0000u);
  EXPECT_NEAR(lines[0].runs[1].x, margin_pt() + 24, kTol);
  // Pitch follows the largest size (20 pt); both runs share its baseline.
  EXPECT_NEAR(lines[0].y, margin_pt() + (20 - 16) / 2.0 + 0.88 * 16, kTol);
}

TEST(ParagraphLayout, ItalicUsesARealFaceOrSlantsTheGlyphs) {
  Paragraph p;
  formwork::Run run;
  run.text = "Quang Khải, ngày 05 tháng 02 năm 2023 斜体";
  run.style.italic = true;
  p.runs.push_back(run);
  std::vector<TextLine> lines = layout_lines(p, 400);
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].runs.size(), 2u);
  EXPECT_EQ(lines[0].runs[0].face_id, "latin-italic");  // the family has an italic face
  EXPECT_FALSE(lines[0].runs[0].synthetic_italic);
  EXPECT_EQ(lines[0].runs[1].face_id, "cjk");  // no italic CJK face: slanted
  EXPECT_TRUE(lines[0].runs[1].synthetic_italic);
}

TEST(ParagraphLayout, ItalicAndUprightSplitRuns) {
  Paragraph p = para("正体");
  formwork::Run run;
  run.text = "斜体";
  run.style.italic = true;
  p.runs.push_back(run);
  std::vector<TextLine> lines = layout_lines(p, 120);
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].runs.size(), 2u);
  EXPECT_FALSE(lines[0].runs[0].synthetic_italic);
  EXPECT_TRUE(lines[0].runs[1].synthetic_italic);
}

TEST(ParagraphLayout, JustifyMixedChineseAndLatin) {
  // "汉汉 ab汉汉汉汉汉汉" = 8 Han + space + 2 letters = 114 pt in 120 pt;
  // forced onto two lines by a third line of text.
  Paragraph p = para("汉汉 ab汉汉汉汉汉汉" + han(10), 12, Align::Justify);
  std::vector<TextLine> lines = layout_lines(p, 120);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NEAR(lines[0].right, margin_pt() + 120, kTol);
  // Opportunities: 汉|汉, after the space, b|汉 and the five Han gaps = 8.
  const double per = 6.0 / 8;
  ASSERT_EQ(lines[0].runs.size(), 3u);
  const GlyphRun& latin = lines[0].runs[1];  // " ab"
  ASSERT_EQ(latin.text, " ab");
  EXPECT_NEAR(latin.x, margin_pt() + 24 + per, kTol);
  EXPECT_NEAR(pens(latin)[1], 6 + per, kTol);             // "a" after the stretched space
  EXPECT_NEAR(pens(latin)[2] - pens(latin)[1], 6, kTol);  // never inside a word
  EXPECT_NEAR(lines[0].runs[2].x, margin_pt() + 24 + 18 + 3 * per, kTol);
}

TEST(ParagraphLayout, EmptyParagraphTakesOneLine) {
  FakeFonts fonts;
  Document d = doc_with_box(120);
  d.blocks.push_back(para(""));
  d.blocks.push_back(para("汉"));
  LaidOutDocument out = layout_document(d, fonts);
  std::vector<TextLine> lines = lines_of(out.pages.at(0));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NEAR(lines[0].y, margin_pt() + 15 + 1.5 + 10.56, kTol);
}

TEST(ParagraphLayout, SpaceBeforeAndAfter) {
  FakeFonts fonts;
  Document d = doc_with_box(120);
  Paragraph a = para("甲");
  a.space_before_pt = 6;
  a.space_after_pt = 10;
  d.blocks.push_back(a);
  d.blocks.push_back(para("乙"));
  std::vector<TextLine> lines = lines_of(layout_document(d, fonts).pages.at(0));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NEAR(lines[0].y, margin_pt() + 6 + 12.06, kTol);
  EXPECT_NEAR(lines[1].y, margin_pt() + 6 + 15 + 10 + 12.06, kTol);
}

TEST(ParagraphLayout, TitleIsCopied) {
  FakeFonts fonts;
  Document d = doc_with_box(120);
  d.title = "标题";
  EXPECT_EQ(layout_document(d, fonts).title, "标题");
  EXPECT_TRUE(all_text(layout_document(d, fonts)).empty());
}

}  // namespace
}  // namespace formwork
