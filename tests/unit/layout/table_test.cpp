// Table geometry and pagination, asserted on frames (FillRect gives each
// shaded cell's rectangle; Rules are the borders).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "fake_fonts.h"
#include "layout/layout.h"
#include "layout_test_util.h"

namespace formwork {
namespace {

using layout_test::doc_with_box;
using layout_test::FakeFonts;
using layout_test::items_of;
using layout_test::lines_of;
using layout_test::margin_pt;
using layout_test::para;
using layout_test::TextLine;

constexpr double kTol = 1e-6;
constexpr double kPad = 3;  // pt

Cell cell(const std::string& text, bool shaded = true, int colspan = 1, int rowspan = 1) {
  Cell c;
  c.paragraphs.push_back(para(text));
  c.shaded = shaded;
  c.colspan = colspan;
  c.rowspan = rowspan;
  return c;
}

Table table(std::vector<double> widths) {
  Table t;
  t.column_widths = std::move(widths);
  t.cell_padding_mm = kPad / kPtPerMm;
  return t;
}

Row row(std::vector<Cell> cells, bool header = false) {
  Row r;
  r.cells = std::move(cells);
  r.header = header;
  return r;
}

LaidOutDocument lay(const Table& t, double w = 120, double h = 600) {
  FakeFonts fonts;
  Document d = doc_with_box(w, h);
  d.blocks.push_back(t);
  return layout_document(d, fonts);
}

TEST(TableLayout, ColumnPositionsAndWidthsFollowWeights) {
  Table t = table({1, 2, 1});
  t.rows.push_back(row({cell("甲"), cell("乙"), cell("丙")}));
  LaidOutDocument out = lay(t);
  ASSERT_EQ(out.pages.size(), 1u);
  std::vector<FillRect> fills = items_of<FillRect>(out.pages[0]);
  ASSERT_EQ(fills.size(), 3u);
  double l = margin_pt();
  const double xs[] = {l, l + 30, l + 90};
  const double ws[] = {30, 60, 30};
  for (int i = 0; i < 3; ++i) {
    EXPECT_NEAR(fills[i].x, xs[i], kTol);
    EXPECT_NEAR(fills[i].w, ws[i], kTol);
    EXPECT_NEAR(fills[i].y, margin_pt(), kTol);
    EXPECT_NEAR(fills[i].h, 15 + 2 * kPad, kTol);  // one 15 pt line + padding
    EXPECT_EQ(fills[i].color, 0xF2F2F2u);
  }
  // Text sits inside the padding, vertically centred (the row is exactly full).
  std::vector<TextLine> lines = lines_of(out.pages[0]);
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].runs.size(), 3u);
  EXPECT_NEAR(lines[0].runs[1].x, l + 30 + kPad, kTol);
  EXPECT_NEAR(lines[0].y, margin_pt() + kPad + 1.5 + 10.56, kTol);
  // Borders: shared edges merged into one top and one bottom line, 4 verticals.
  std::vector<Rule> rules = items_of<Rule>(out.pages[0]);
  int horizontal = 0, vertical = 0;
  for (const Rule& r : rules) {
    EXPECT_NEAR(r.width, 0.5, kTol);
    if (r.y1 == r.y2) {
      ++horizontal;
      EXPECT_NEAR(r.x1, l, kTol);
      EXPECT_NEAR(r.x2, l + 120, kTol);
    } else {
      ++vertical;
    }
  }
  EXPECT_EQ(horizontal, 2);
  EXPECT_EQ(vertical, 4);
}

TEST(TableLayout, FixedColumnWidthsInMillimetres) {
  Table t = table({1, 2, 1});
  t.column_widths_mm = {20, 0, 0};  // 56.69 pt fixed; 63.31 pt shared 2 : 1
  t.rows.push_back(row({cell("甲"), cell("乙"), cell("丙")}));
  std::vector<FillRect> f = items_of<FillRect>(lay(t).pages[0]);
  ASSERT_EQ(f.size(), 3u);
  const double fixed = mm_to_pt(20), rest = 120 - fixed;
  EXPECT_NEAR(f[0].w, fixed, kTol);
  EXPECT_NEAR(f[1].x, margin_pt() + fixed, kTol);
  EXPECT_NEAR(f[1].w, rest * 2 / 3, kTol);
  EXPECT_NEAR(f[2].w, rest / 3, kTol);
  EXPECT_NEAR(f[2].x + f[2].w, margin_pt() + 120, kTol);
}

// Issue 11: a figure wider than its cell is set smaller instead of being
// cut ("17,200.0/0"). 9 characters of 0.5 em at 12 pt = 54 pt; the second
// cell holds 72 − 2 × 3 = 66 pt, the first 48 − 6 = 42 pt: 75 % (40.5 pt)
// is the first step that fits.
TEST(TableLayout, NumberWiderThanItsCellIsSetSmallerNotCut) {
  Table t = table({2, 3});
  t.rows.push_back(row({cell("17,200.00", false), cell("17,200.00", false)}));
  std::vector<GlyphRun> runs = layout_test::runs_of(lay(t).pages[0]);
  ASSERT_EQ(runs.size(), 2u);  // one run each: nothing cut
  std::sort(runs.begin(), runs.end(), [](auto& a, auto& b) { return a.x < b.x; });
  EXPECT_EQ(runs[0].text, "17,200.00");
  EXPECT_EQ(runs[1].text, "17,200.00");
  EXPECT_NEAR(runs[0].size_pt, 9, kTol);   // 12 × 0.75
  EXPECT_NEAR(runs[1].size_pt, 12, kTol);  // fits as it is
}

TEST(TableLayout, TooWideEvenAtSeventyPercentKeepsItsSizeAndIsCut) {
  Table t = table({1, 4});  // 24 pt: 18 pt of content, < 54 × 0.7
  t.rows.push_back(row({cell("17,200.00", false), cell("x", false)}));
  const std::vector<TextLine> lines = lines_of(lay(t).pages[0]);
  ASSERT_GT(lines.size(), 2u);
  for (const TextLine& l : lines) EXPECT_NEAR(l.runs[0].size_pt, 12, kTol) << l.text;
}

TEST(TableLayout, LongTextInACellKeepsItsSize) {
  Table t = table({2, 3});
  t.rows.push_back(row({cell(std::string(401, 'a'), false), cell("x", false)}));
  for (const TextLine& l : lines_of(lay(t, 120, 3000).pages[0]))
    EXPECT_NEAR(l.runs[0].size_pt, 12, kTol) << l.text;
}

std::vector<std::string> cell_lines(const Table& t, double w) {
  std::vector<std::string> out;
  for (const TextLine& l : lines_of(lay(t, w).pages[0])) out.push_back(l.text);
  return out;
}

// Issue 11: no cell line holds one character alone (有限公/司, 拨/款): the
// line before gives it a character when it keeps two. A 42 pt column holds
// 36 pt of text: three characters at 12 pt.
TEST(TableLayout, LastCellLineNeverHoldsOneCharacterAlone) {
  Table t = table({1});
  t.rows.push_back(row({cell("有限公司", false)}));
  EXPECT_EQ(cell_lines(t, 42), (std::vector<std::string>{"有限", "公司"}));
  Table two = table({1});
  two.rows.push_back(row({cell("山东龙力生物科技有限公司", false)}));  // 11 + 1 greedily
  EXPECT_EQ(cell_lines(two, 138), (std::vector<std::string>{"山东龙力生物科技有限", "公司"}));
}

TEST(TableLayout, RuntStaysWhenTheLineBeforeWouldKeepOneCharacter) {
  Table t = table({1});
  t.rows.push_back(row({cell("运维费", false)}));
  // 24 pt of text a line: 运维 / 费 stays, as 运 / 维费 is no better.
  EXPECT_EQ(cell_lines(t, 30), (std::vector<std::string>{"运维", "费"}));
}

TEST(ParagraphRunt, BodyTextIsFilledGreedily) {
  FakeFonts fonts;
  Document d = doc_with_box(36, 600);
  d.blocks.push_back(para("有限公司"));
  std::vector<std::string> out;
  for (const TextLine& l : lines_of(layout_document(d, fonts).pages[0])) out.push_back(l.text);
  EXPECT_EQ(out, (std::vector<std::string>{"有限公", "司"}));  // only cells avoid runts
}

TEST(TableLayout, FixedColumnsWiderThanTheTextAreScaledToFit) {
  Table t = table({1, 1, 1});
  t.column_widths_mm = {30, 0, 60};  // 255 pt of fixed columns in 120 pt
  t.rows.push_back(row({cell("甲"), cell("乙"), cell("丙")}));
  std::vector<FillRect> f = items_of<FillRect>(lay(t).pages[0]);
  ASSERT_EQ(f.size(), 3u);
  EXPECT_NEAR(f[0].w, 40, kTol);
  EXPECT_NEAR(f[1].w, 0, kTol);
  EXPECT_NEAR(f[2].w, 80, kTol);
}

TEST(TableLayout, NoBordersNoRules) {
  Table t = table({1});
  t.borders = false;
  t.rows.push_back(row({cell("甲")}));
  EXPECT_TRUE(items_of<Rule>(lay(t).pages[0]).empty());
}

TEST(TableLayout, ColspanRowspanGeometry) {
  Table t = table({1, 1, 1});
  t.rows.push_back(row({cell("A", true, 2), cell("1\n2\n3\n4\n5", true, 1, 2)}));
  t.rows.push_back(row({cell("C"), cell("D")}));
  t.rows[1].cells[1].valign = VAlign::Bottom;
  LaidOutDocument out = lay(t);
  std::vector<FillRect> f = items_of<FillRect>(out.pages[0]);
  ASSERT_EQ(f.size(), 4u);
  double l = margin_pt(), top = margin_pt();
  double r0 = 15 + 2 * kPad;          // 21
  double b_need = 5 * 15 + 2 * kPad;  // 81: the rowspan cell
  double r1 = b_need - r0;            // the extra goes to the last row
  EXPECT_NEAR(f[0].w, 80, kTol);      // A spans two columns
  EXPECT_NEAR(f[0].h, r0, kTol);
  EXPECT_NEAR(f[1].x, l + 80, kTol);  // B spans two rows
  EXPECT_NEAR(f[1].h, b_need, kTol);
  EXPECT_NEAR(f[2].y, top + r0, kTol);  // C in row 1
  EXPECT_NEAR(f[2].h, r1, kTol);
  EXPECT_NEAR(f[3].x, l + 40, kTol);

  // C is centred, D bottom-aligned in the 60 pt row.
  std::vector<TextLine> lines = lines_of(out.pages[0]);
  double c_top = top + r0 + kPad + (r1 - 2 * kPad - 15) / 2;
  double d_top = top + r0 + r1 - kPad - 15;
  bool saw_c = false, saw_d = false;
  for (const TextLine& line : lines) {
    for (const GlyphRun& g : line.runs) {
      if (g.text == "C") saw_c = std::abs(g.y - (c_top + 12.06)) < kTol;
      if (g.text == "D") saw_d = std::abs(g.y - (d_top + 12.06)) < kTol;
    }
  }
  EXPECT_TRUE(saw_c);
  EXPECT_TRUE(saw_d);

  // No line inside merged cells: nothing vertical at x = l + 40 in row 0,
  // nothing horizontal across B at y = top + r0.
  for (const Rule& r : items_of<Rule>(out.pages[0])) {
    if (r.x1 == r.x2 && std::abs(r.x1 - (l + 40)) < kTol) {
      EXPECT_GE(r.y1, top + r0 - kTol);
    }
    if (r.y1 == r.y2 && std::abs(r.y1 - (top + r0)) < kTol) {
      EXPECT_LE(r.x2, l + 80 + kTol);
    }
  }
}

TEST(TableLayout, MinHeightIsRespected) {
  Table t = table({1});
  t.rows.push_back(row({cell("甲")}));
  t.rows[0].min_height_mm = 50;
  std::vector<FillRect> f = items_of<FillRect>(lay(t).pages[0]);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NEAR(f[0].h, mm_to_pt(50), kTol);
}

TEST(TableLayout, OverflowingRowThrows) {
  Table t = table({1, 1});
  t.rows.push_back(row({cell("a"), cell("b"), cell("c")}));
  EXPECT_THROW(lay(t), std::invalid_argument);
}

// Page index of each line text (first occurrence), and a count of each.
std::map<std::string, std::vector<size_t>> where(const LaidOutDocument& out) {
  std::map<std::string, std::vector<size_t>> pages;
  for (size_t p = 0; p < out.pages.size(); ++p) {
    for (const TextLine& l : lines_of(out.pages[p])) {
      for (const GlyphRun& g : l.runs) pages[g.text].push_back(p);
    }
  }
  return pages;
}

void expect_inside_content(const LaidOutDocument& out, double h) {
  for (const Page& p : out.pages) {
    for (const Rule& r : items_of<Rule>(p)) {
      EXPECT_LE(std::max(r.y1, r.y2), margin_pt() + h + kTol);
      EXPECT_GE(std::min(r.y1, r.y2), margin_pt() - kTol);
    }
    for (const FillRect& f : items_of<FillRect>(p)) EXPECT_LE(f.y + f.h, margin_pt() + h + kTol);
  }
}

TEST(TablePagination, HeaderRepeatsAndRowsStayWhole) {
  Table t = table({2, 1});
  t.rows.push_back(row({cell("表头"), cell("金额")}, true));
  for (int i = 1; i <= 100; ++i) {
    std::string n = std::to_string(i);
    // Two-line rows: a split row would put its lines on different pages.
    t.rows.push_back(row({cell("R" + n + "\nS" + n, false), cell("X", false)}));
  }
  LaidOutDocument out = lay(t);
  // 600 pt − 21 pt header = 579 pt = 16 rows of 36 pt per page → 7 pages.
  ASSERT_EQ(out.pages.size(), 7u);
  for (const Page& p : out.pages) {
    std::vector<TextLine> lines = lines_of(p);
    ASSERT_FALSE(lines.empty());
    EXPECT_EQ(lines[0].text, "表头金额");
    EXPECT_NEAR(lines[0].y, margin_pt() + kPad + 12.06, kTol);
  }
  auto pages = where(out);
  EXPECT_EQ(pages["表头"].size(), 7u);
  size_t last_page = 0;
  for (int i = 1; i <= 100; ++i) {
    std::string n = std::to_string(i);
    ASSERT_EQ(pages["R" + n].size(), 1u) << i;
    ASSERT_EQ(pages["S" + n].size(), 1u) << i;
    EXPECT_EQ(pages["R" + n][0], pages["S" + n][0]) << "row " << i << " split";
    EXPECT_GE(pages["S" + n][0], last_page);
    last_page = pages["S" + n][0];
  }
  EXPECT_EQ(pages["S16"][0], 0u);
  EXPECT_EQ(pages["R17"][0], 1u);
  expect_inside_content(out, 600);
}

TEST(TablePagination, AHeaderRowBelowBodyRowsRepeatsFromWhereItStands) {
  // A 绩效考核表: two information rows, the 指标 header row, then items.
  Table t = table({2, 1});
  t.rows.push_back(row({cell("项目名称"), cell("甲", false)}));
  t.rows.push_back(row({cell("联系人"), cell("乙", false)}));
  t.rows.push_back(row({cell("指标"), cell("得分")}, true));
  for (int i = 1; i <= 60; ++i) {
    std::string n = std::to_string(i);
    t.rows.push_back(row({cell("R" + n + "\nS" + n, false), cell("X", false)}));
  }
  LaidOutDocument out = lay(t);
  ASSERT_GE(out.pages.size(), 3u);
  auto pages = where(out);
  // On every page the 指标 header is the first line; the information rows
  // are not repeated.
  EXPECT_EQ(pages["指标"].size(), out.pages.size());
  EXPECT_EQ(pages["项目名称"].size(), 1u);
  for (const Page& p : out.pages) {
    std::vector<TextLine> lines = lines_of(p);
    ASSERT_FALSE(lines.empty());
    if (&p == &out.pages.front()) continue;
    EXPECT_EQ(lines[0].text, "指标得分");
    EXPECT_NEAR(lines[0].y, margin_pt() + kPad + 12.06, kTol);
  }
  for (int i = 1; i <= 60; ++i) {
    std::string n = std::to_string(i);
    ASSERT_EQ(pages["R" + n].size(), 1u) << i;  // body rows drawn once
  }
  expect_inside_content(out, 600);
}

TEST(TablePagination, AHeaderRowNeverEndsAPageAndAPageStartingWithItShowsItOnce) {
  // 21 pt header + 15 rows of 36 pt = 561 pt: the second header (21 pt)
  // would still fit the 600 pt page, its first row would not. It moves to
  // the next page with that row and is printed there once, not under a
  // repeated first header.
  Table t = table({2, 1});
  t.rows.push_back(row({cell("表一"), cell("金额")}, true));
  for (int i = 1; i <= 15; ++i) {
    t.rows.push_back(row({cell("A" + std::to_string(i) + "\nA", false), cell("X", false)}));
  }
  t.rows.push_back(row({cell("表二"), cell("数量")}, true));
  for (int i = 1; i <= 20; ++i) {
    t.rows.push_back(row({cell("B" + std::to_string(i) + "\nB", false), cell("Y", false)}));
  }
  LaidOutDocument out = lay(t);
  ASSERT_EQ(out.pages.size(), 3u);
  auto pages = where(out);
  EXPECT_EQ(pages["A15"][0], 0u);
  EXPECT_EQ(pages["表一"], std::vector<size_t>{0});
  EXPECT_EQ(pages["表二"], (std::vector<size_t>{1, 2}));
  EXPECT_EQ(pages["B1"][0], 1u);
  for (size_t p = 1; p < out.pages.size(); ++p) {
    EXPECT_EQ(lines_of(out.pages[p])[0].text, "表二数量") << p;
  }
  expect_inside_content(out, 600);
}

TEST(TablePagination, NinetySixRowAttachmentInALandscapeSection) {
  // 附件1 of the notice: a portrait body, then the plan list in a landscape
  // section; rows of one to three lines; the header row on every page.
  Document d = doc_with_box(300, 400);
  d.blocks.push_back(para("正文"));
  PageSetup land = d.page;
  std::swap(land.width_mm, land.height_mm);
  land.landscape = true;
  d.blocks.push_back(SectionBreak{land, "附件1"});
  Table t = table({1, 4, 2});
  t.column_widths_mm = {20, 0, 0};
  t.rows.push_back(row({cell("编号"), cell("项目名称"), cell("承办单位")}, true));
  for (int i = 1; i <= 96; ++i) {
    char id[16];
    std::snprintf(id, sizeof id, "2016%03d", i);
    // One to three lines, each tagged with the row: "P7a", "P7b", "P7c".
    std::string name;
    for (int k = 0; k <= i % 3; ++k) {
      name += (k > 0 ? "\n" : "") + std::string("P") + std::to_string(i) + char('a' + k);
    }
    t.rows.push_back(row({cell(id, false), cell(name, false), cell("单位", false)}));
  }
  d.blocks.push_back(t);
  FakeFonts fonts;
  LaidOutDocument out = layout_document(d, fonts);
  ASSERT_GE(out.pages.size(), 4u);
  std::map<std::string, std::vector<size_t>> seen;  // 编号 → pages of its row's lines
  for (size_t p = 1; p < out.pages.size(); ++p) {
    EXPECT_NEAR(out.pages[p].width_pt, 400 + 2 * margin_pt(), kTol);
    std::vector<TextLine> lines = lines_of(out.pages[p]);
    ASSERT_FALSE(lines.empty());
    EXPECT_EQ(lines[0].text, "编号项目名称承办单位") << "page " << p;
    for (const TextLine& l : lines) {
      for (const GlyphRun& g : l.runs) {
        if (g.text.rfind("2016", 0) == 0) seen[g.text].push_back(p);
        if (g.text[0] == 'P') seen[g.text.substr(0, g.text.size() - 1)].push_back(p);
      }
    }
    expect_inside_content(LaidOutDocument{"", {out.pages[p]}, {}, {}}, 300);
  }
  for (int i = 1; i <= 96; ++i) {
    char id[16];
    std::snprintf(id, sizeof id, "2016%03d", i);
    ASSERT_EQ(seen[id].size(), 1u) << id;
    // Every line of the row is on its 编号's page: the row is not split.
    const std::vector<size_t>& lines = seen["P" + std::to_string(i)];
    ASSERT_EQ(lines.size(), static_cast<size_t>(i % 3 + 1)) << id;
    for (size_t page : lines) EXPECT_EQ(page, seen[id][0]) << id;
  }
}

TEST(TablePagination, GiantRowIsSplitBetweenLines) {
  Table t = table({1});
  t.rows.push_back(row({cell("表头")}, true));
  std::string text;
  for (int i = 1; i <= 100; ++i) text += (i > 1 ? "\n" : "") + std::string("L") + std::to_string(i);
  t.rows.push_back(row({cell(text, false)}));
  t.rows[1].cells[0].valign = VAlign::Top;
  LaidOutDocument out = lay(t);
  // 1500 pt of lines; each page holds (600 − 21 − 3 − 3) / 15 = 38 lines.
  ASSERT_EQ(out.pages.size(), 3u);
  std::vector<std::string> seen;
  for (const Page& p : out.pages) {
    std::vector<TextLine> lines = lines_of(p);
    ASSERT_GE(lines.size(), 2u);
    EXPECT_EQ(lines[0].text, "表头");
    // Continuation content starts one padding below the repeated header.
    EXPECT_NEAR(lines[1].y, margin_pt() + 21 + kPad + 12.06, kTol);
    for (size_t i = 1; i < lines.size(); ++i) {
      EXPECT_LE(lines[i].y + 0.12 * 12, margin_pt() + 600 + kTol);
      seen.push_back(lines[i].text);
    }
  }
  ASSERT_EQ(seen.size(), 100u);
  for (int i = 1; i <= 100; ++i)
    EXPECT_EQ(seen[static_cast<size_t>(i - 1)], "L" + std::to_string(i));
  EXPECT_EQ(lines_of(out.pages[0]).size(), 1u + 38u);
  expect_inside_content(out, 600);
}

TEST(TablePagination, RowMovesWholeAfterAParagraph) {
  FakeFonts fonts;
  Document d = doc_with_box(120, 600);
  d.blocks.push_back(para(layout_test::han(390)));  // 39 lines = 585 pt
  Table t = table({1});
  t.rows.push_back(row({cell("甲")}));  // 21 pt does not fit in 15 pt
  d.blocks.push_back(t);
  LaidOutDocument out = layout_document(d, fonts);
  ASSERT_EQ(out.pages.size(), 2u);
  std::vector<FillRect> f = items_of<FillRect>(out.pages[1]);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NEAR(f[0].y, margin_pt(), kTol);
  EXPECT_TRUE(items_of<FillRect>(out.pages[0]).empty());
}

TEST(TablePagination, RowspanGroupMovesTogether) {
  FakeFonts fonts;
  Document d = doc_with_box(120, 600);
  d.blocks.push_back(para(layout_test::han(370)));  // 37 lines = 555 pt, 45 pt left
  Table t = table({1, 1});
  t.rows.push_back(row({cell("甲"), cell("乙")}));              // 21 pt: fits
  t.rows.push_back(row({cell("丙", true, 1, 2), cell("丁")}));  // group of 2 rows
  t.rows.push_back(row({cell("戊")}));                          // 42 pt together
  d.blocks.push_back(t);
  LaidOutDocument out = layout_document(d, fonts);
  ASSERT_EQ(out.pages.size(), 2u);
  auto pages = where(out);
  EXPECT_EQ(pages["甲"][0], 0u);
  EXPECT_EQ(pages["丙"][0], 1u);
  EXPECT_EQ(pages["丁"][0], 1u);
  EXPECT_EQ(pages["戊"][0], 1u);
}

// Row::keep_with_next ties a row to the next one as a rowspan would: a
// label row and its first item, or the last item and the total, never part
// at a page break. Without it the break falls between them.
TEST(TablePagination, RowKeptWithTheNextMovesWithIt) {
  for (bool keep : {false, true}) {
    FakeFonts fonts;
    Document d = doc_with_box(120, 600);
    d.blocks.push_back(para(layout_test::han(370)));  // 45 pt left: two 21 pt rows
    Table t = table({1});
    t.rows.push_back(row({cell("甲")}));
    t.rows.push_back(row({cell("乙")}));
    t.rows.back().keep_with_next = keep;
    t.rows.push_back(row({cell("丙")}));
    d.blocks.push_back(t);
    LaidOutDocument out = layout_document(d, fonts);
    ASSERT_EQ(out.pages.size(), 2u);
    auto pages = where(out);
    EXPECT_EQ(pages["甲"][0], 0u) << keep;
    EXPECT_EQ(pages["乙"][0], keep ? 1u : 0u) << keep;
    EXPECT_EQ(pages["丙"][0], 1u) << keep;
  }
}

// A 10-line paragraph (150 pt), then 30 rows (630 pt) tied by one rowspan
// label 效益 in a 600 pt page: first row 首行, last row 末行.
Document paragraph_and_thirty_row_group() {
  Document d = doc_with_box(120, 600);
  d.blocks.push_back(para(layout_test::han(100)));
  Table t = table({1, 2});
  t.rows.push_back(row({cell("效益", true, 1, 30), cell("首行")}));
  for (int i = 2; i < 30; ++i) t.rows.push_back(row({cell("中")}));
  t.rows.push_back(row({cell("末行")}));
  d.blocks.push_back(t);
  return d;
}

TEST(TablePagination, GroupTallerThanAPageStartsOnTheCurrentPage) {
  // The group cannot fit any page: it starts right after the paragraph
  // instead of leaving page 1 empty, and its label is on both pages.
  FakeFonts fonts;
  LaidOutDocument out = layout_document(paragraph_and_thirty_row_group(), fonts);
  ASSERT_EQ(out.pages.size(), 2u);
  auto pages = where(out);
  ASSERT_EQ(pages["首行"].size(), 1u);
  ASSERT_EQ(pages["末行"].size(), 1u);
  EXPECT_EQ(pages["首行"][0], 0u);
  ASSERT_EQ(pages["效益"].size(), 2u);
  EXPECT_EQ(pages["效益"][0], 0u);
  EXPECT_EQ(pages["效益"][1], 1u);
  EXPECT_EQ(pages["末行"][0], 1u);
}

// The label of a group split by a page break sits in the middle of each
// page's part of its cell, not at the foot of page 1 (where centring it in
// the whole cell would put it) nor at the top of page 2.
TEST(TablePagination, SplitLabelIsCentredInEachPagesPart) {
  FakeFonts fonts;
  LaidOutDocument out = layout_document(paragraph_and_thirty_row_group(), fonts);
  ASSERT_EQ(out.pages.size(), 2u);
  for (size_t page = 0; page < 2; ++page) {
    double label = -1, first = 1e9, last = -1;
    for (const GlyphRun& r : layout_test::runs_of(out.pages[page])) {
      if (r.text == "效益") label = r.y;
      if (r.text == "首行" || r.text == "中" || r.text == "末行") {
        first = std::min(first, r.y);
        last = std::max(last, r.y);
      }
    }
    ASSERT_GE(label, 0) << "page " << page;
    EXPECT_NEAR(label, (first + last) / 2, 15) << "page " << page;  // within a row
  }
}

TEST(TablePagination, GroupThatFitsAFreshPageStillMovesWhole) {
  FakeFonts fonts;
  Document d = doc_with_box(120, 600);
  d.blocks.push_back(para(layout_test::han(300)));  // 30 lines = 450 pt
  Table t = table({1, 2});
  t.rows.push_back(row({cell("质量", true, 1, 10), cell("首项")}));  // 210 pt
  for (int i = 2; i <= 10; ++i) t.rows.push_back(row({cell("中")}));
  d.blocks.push_back(t);
  LaidOutDocument out = layout_document(d, fonts);
  ASSERT_EQ(out.pages.size(), 2u);
  auto pages = where(out);
  ASSERT_EQ(pages["首项"].size(), 1u);
  EXPECT_EQ(pages["首项"][0], 1u);
  EXPECT_EQ(pages["质量"], std::vector<size_t>{1u});
}

}  // namespace
}  // namespace formwork
