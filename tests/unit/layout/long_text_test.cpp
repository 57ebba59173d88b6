// Very long paragraphs (a 1 MB string from data): laid out a window of
// code points at a time (text_window.h) with exactly the lines a single
// pass gives, paginated over hundreds of pages, in table cells too. Speed
// and memory are measured by bench/layout/long_run.sh, not here.
#include <gtest/gtest.h>

#include <string>

#include "fake_fonts.h"
#include "layout/layout.h"
#include "layout/paragraph_layout.h"
#include "layout/text_context.h"
#include "layout_test_util.h"

namespace formwork {
namespace {

using namespace layout_test;  // NOLINT(google-build-using-namespace): test helpers

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// 200,000 letters without a break opportunity, 12 pt in a 120 pt column:
// 20 letters of 6 pt per line cut between grapheme clusters, 40 lines of
// 15 pt per 600 pt page.
TEST(LongText, UnbrokenParagraphOf200KBFillsEveryLine) {
  const std::string text = repeat("abcdefghij", 20000);
  Document d = doc_with_box(120);
  d.blocks.push_back(para(text));
  FakeFonts fonts;
  LaidOutDocument out = layout_document(d, fonts);
  EXPECT_EQ(out.pages.size(), 250u);
  std::vector<std::string> lines = all_text(out);
  ASSERT_EQ(lines.size(), 10000u);
  std::string joined;
  for (const std::string& l : lines) {
    ASSERT_EQ(l.size(), 20u);
    joined += l;
  }
  EXPECT_EQ(joined, text);
  EXPECT_EQ(lines_of(out.pages.back()).size(), 40u);
}

// The lines of `p` in a 200 pt column, laid out `window` code points at a time.
LineList lines_with_window(const Paragraph& p, std::size_t window) {
  FakeFonts fonts;
  TextContext ctx(fonts);
  ctx.window_chars = window;
  return layout_paragraph(p, 10, 200, p.align, ctx).lines;
}

void expect_same_lines(const LineList& a, const LineList& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_DOUBLE_EQ(a[i].height, b[i].height) << "line " << i;
    ASSERT_EQ(a[i].runs.size(), b[i].runs.size()) << "line " << i;
    for (size_t k = 0; k < a[i].runs.size(); ++k) {
      const GlyphRun& x = a[i].runs[k];
      const GlyphRun& y = b[i].runs[k];
      EXPECT_EQ(x.text, y.text) << "line " << i;
      EXPECT_EQ(x.face_id, y.face_id) << "line " << i;
      EXPECT_DOUBLE_EQ(x.size_pt, y.size_pt) << "line " << i;
      EXPECT_NEAR(x.x, y.x, 1e-9) << "line " << i;
      EXPECT_NEAR(x.width, y.width, 1e-9) << "line " << i;
      const std::vector<Glyph> gx = glyphs_of(x), gy = glyphs_of(y);
      ASSERT_EQ(gx.size(), gy.size()) << "line " << i;
      for (size_t j = 0; j < gx.size(); ++j) {
        EXPECT_EQ(gx[j].gid, gy[j].gid) << "line " << i;
        EXPECT_EQ(gx[j].cluster, gy[j].cluster) << "line " << i;
        EXPECT_NEAR(gx[j].x, gy[j].x, 1e-9) << "line " << i;
      }
      EXPECT_EQ(x.glyph_y, y.glyph_y) << "line " << i;
    }
  }
}

// Words, Han with kinsoku punctuation, numbers, forced breaks, combining
// marks and a second style, justified with a first-line indent: windows of
// a few hundred code points give the same lines as one window.
TEST(LongText, WindowsGiveTheSameLinesAsOnePass) {
  Paragraph p =
      para(repeat("Kinh phí hỗ trợ 12,345.67 đồng; ", 40) + repeat("项目经费（含配套）合计，", 30) +
               "\n" + repeat("0531-88597980 ", 20) + repeat("abcdefghij", 60) + "\n\n" + han(300),
           12, Align::Justify);
  formwork::Run bold;
  bold.text = repeat("粗体 bold ", 50);
  bold.style.size_pt = 14;
  bold.style.bold = true;
  p.runs.push_back(bold);
  p.runs.push_back(formwork::Run{"", bold.style, nullptr});  // an empty last run
  p.first_line_indent_em = 2;
  LineList one = lines_with_window(p, kLayoutWindowChars);
  ASSERT_GT(one.size(), 40u);
  for (std::size_t window : {97, 256, 1000}) {
    SCOPED_TRACE("window " + std::to_string(window));
    expect_same_lines(lines_with_window(p, window), one);
  }
}

// One base letter with 3,000 combining marks is one line longer than a
// window: the window grows until the line fits in it.
TEST(LongText, ALineLongerThanAWindowGrowsIt) {
  std::string marks = repeat("\xCC\x81", 3000);  // U+0301
  Paragraph p = para("ab cd " + std::string("e") + marks + " fg");
  LineList one = lines_with_window(p, kLayoutWindowChars);
  expect_same_lines(lines_with_window(p, 50), one);
}

// A table cell holding 8,000 Han characters spans many pages: each line is
// drawn once, in order, 10 to a line in a 120 pt cell.
TEST(LongText, TableCellAcrossManyPages) {
  Document d = doc_with_box(120);
  Table t;
  t.column_widths = {1};
  t.cell_padding_mm = 0;
  Cell c;
  c.paragraphs.push_back(para(han(4000, "汉") + han(4000, "字")));
  Row r;
  r.cells.push_back(c);
  t.rows.push_back(r);
  d.blocks.push_back(t);
  FakeFonts fonts;
  LaidOutDocument out = layout_document(d, fonts);
  std::vector<std::string> lines = all_text(out);
  std::string joined;
  for (const std::string& l : lines) joined += l;
  EXPECT_EQ(joined, han(4000, "汉") + han(4000, "字"));
  EXPECT_EQ(lines.size(), 800u);
  EXPECT_EQ(out.pages.size(), 20u);
}

// 70,000 letters at 0.001 pt fit one line: the line is cut into runs so that
// every glyph's cluster index (16 bits) stays within its run, and no glyph
// or character is lost.
TEST(LongText, ALineOfMoreThanSixtyFiveThousandCharactersIsSeveralRuns) {
  const std::string text = repeat("a", 70000);
  LineList lines = lines_with_window(para(text, 0.001), kLayoutWindowChars);
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].runs.size(), 2u);
  std::string joined;
  size_t glyphs = 0;
  for (const GlyphRun& run : lines[0].runs) {
    joined += run.text;
    glyphs += run.glyph_ids.size();
    ASSERT_EQ(run.glyph_ids.size(), run.text.size());
    for (size_t i = 0; i < run.glyph_ids.size(); ++i) ASSERT_EQ(run.glyph_ids[i].cluster, i);
  }
  EXPECT_EQ(lines[0].runs[0].glyph_ids.size(), kMaxRunCodePoints);
  EXPECT_EQ(joined, text);
  EXPECT_EQ(glyphs, 70000u);
  EXPECT_GT(lines[0].runs[1].x, lines[0].runs[0].x);
}

}  // namespace
}  // namespace formwork
