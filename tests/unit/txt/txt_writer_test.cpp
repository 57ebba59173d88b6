#include "txt/txt_writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "txt_test_util.h"
#include "util/atomic_file.h"
#include "util/errors.h"
#include "util/utf8.h"

namespace formwork {
namespace {

using txt_test::cell;
using txt_test::para;
using txt_test::row;
using txt_test::split_lines;

Document sample_document() {
  Document d;
  d.title = "关于做好2016年度工作的通知";
  // Alignment as the template gives it (role_defaults): centred title,
  // right-aligned signature; the writer only follows it.
  d.blocks.push_back(para("关于做好2016年度工作的通知", ParagraphRole::Title, Align::Center));
  Paragraph body = para(
      "各市人力资源社会保障局：为贯彻落实有关文件精神，现就做好2016年度工作有关事项通知如下。"
      "The quick brown fox jumps over the lazy dog again and again.");
  body.first_line_indent_em = 2;
  d.blocks.push_back(body);
  Table t;
  t.column_widths = {1, 3};
  t.rows.push_back(row({cell("项目名称"), cell("Quang Khải 社区服务中心建设项目")}));
  d.blocks.push_back(t);
  d.blocks.push_back(PageBreak{});
  d.blocks.push_back(para("山东省人力资源和社会保障厅", ParagraphRole::Signature, Align::Right));
  d.blocks.push_back(para("2016年4月21日", ParagraphRole::Signature, Align::Right));
  return d;
}

TEST(RenderTxt, TitleCentredByDisplayWidth) {
  const auto lines = split_lines(render_txt(sample_document(), 60));
  // 11 Han (22 cols) + 4 digits = 26 columns → 17 spaces on the left in 60.
  EXPECT_EQ(lines[0], std::string(17, ' ') + "关于做好2016年度工作的通知");
  EXPECT_EQ(lines[1], "");  // a title is followed by a blank line
}

TEST(RenderTxt, BodyIndentedWithIdeographicSpacesAndWrapped) {
  const auto lines = split_lines(render_txt(sample_document(), 40));
  EXPECT_EQ(lines[2].rfind("\u3000\u3000各市人力", 0), 0u) << lines[2];
  size_t end = 2;  // one past the body's last line
  while (end < lines.size() && lines[end].find("again.") == std::string::npos) ++end;
  ASSERT_LT(end, lines.size());
  EXPECT_GE(end - 2, 3u);
  for (size_t i = 2; i <= end; ++i) {
    EXPECT_LE(display_width(lines[i]), 40) << lines[i];
    if (i < end) {
      EXPECT_GT(display_width(lines[i]), 30) << "greedy fill: " << lines[i];
    }
  }
}

TEST(RenderTxt, TableLinesShareOneWidthAndPageBreakIsFormFeed) {
  const std::string text = render_txt(sample_document(), 40);
  const auto lines = split_lines(text);
  int table_lines = 0;
  for (const auto& l : lines) {
    if (!l.empty() && (l[0] == '+' || l[0] == '|')) {
      EXPECT_EQ(display_width(l), 40) << l;
      ++table_lines;
    }
  }
  EXPECT_EQ(table_lines, 4);  // rule, two lines (31 columns wrapped in 26), rule
  EXPECT_NE(text.find("\n\f\n"), std::string::npos);
  EXPECT_EQ(text.back(), '\n');
}

// Issue 11: tables one after another share one border line, with a
// junction wherever either table has one.
TEST(RenderTxt, StackedTablesShareOneBorderLine) {
  Document d;
  Table a;
  a.column_widths = {1, 1};
  a.rows.push_back(row({cell("甲"), cell("乙")}));
  Table b;
  b.column_widths = {1, 3};
  b.rows.push_back(row({cell("丙"), cell("丁")}));
  d.blocks.push_back(a);
  d.blocks.push_back(b);
  d.blocks.push_back(para("正文"));
  d.blocks.push_back(a);
  const auto lines = split_lines(render_txt(d, 21));
  ASSERT_GE(lines.size(), 8u);
  EXPECT_EQ(lines[0], "+---------+---------+");
  EXPECT_EQ(lines[2], "+-----+---+---------+");  // a's bottom and b's top in one line
  EXPECT_EQ(lines[3].substr(0, 1), "|");
  EXPECT_EQ(lines[4], "+-----+-------------+");  // b's bottom: a paragraph follows
  EXPECT_EQ(lines[5], "正文");
  for (size_t i = 1; i < lines.size(); ++i) {
    const bool border = !lines[i].empty() && lines[i].find_first_not_of("+-") == std::string::npos;
    const bool above =
        !lines[i - 1].empty() && lines[i - 1].find_first_not_of("+-") == std::string::npos;
    EXPECT_FALSE(border && above) << "two border lines at " << i;
  }
}

// Issue 11: in a document with Chinese text, East Asian Ambiguous
// characters (“ ” × ≥ —) take two columns, as CJK terminals draw them, so
// every line of a table is as wide there; a document without Han (a
// Vietnamese report, whose à đ are Ambiguous too) counts them as one.
TEST(RenderTxt, AmbiguousCharactersCountAsTheDocumentsReadersSeeThem) {
  Document zh;
  Table t;
  t.column_widths = {1, 2};
  t.rows.push_back(row({cell("目标"), cell("“产城融合”×2≥90—完成")}));
  t.rows.push_back(row({cell("结果"), cell("完成")}));
  zh.blocks.push_back(t);
  for (const auto& l : split_lines(render_txt(zh, 30)))
    EXPECT_EQ(display_width(l, AmbiguousWidth::Wide), 30) << l;
  Document vi;
  Table v;
  v.column_widths = {1, 2};
  v.rows.push_back(row({cell("Xã"), cell("Quang Khải, đạt “tốt”")}));
  v.rows.push_back(row({cell("Năm"), cell("2023")}));
  vi.blocks.push_back(v);
  for (const auto& l : split_lines(render_txt(vi, 30)))
    EXPECT_EQ(display_width(l, AmbiguousWidth::Narrow), 30) << l;
}

TEST(DisplayWidth, AmbiguousCharactersByChoice) {
  EXPECT_EQ(display_width("“×”"), 3);
  EXPECT_EQ(display_width("“×”", AmbiguousWidth::Wide), 6);
  EXPECT_EQ(display_width("汉a", AmbiguousWidth::Wide), 3);  // Wide and Narrow as always
  EXPECT_EQ(display_width("đà", AmbiguousWidth::Narrow), 2);
}

TEST(RenderTxt, SignaturesRightAligned) {
  const auto lines = split_lines(render_txt(sample_document(), 50));
  ASSERT_GE(lines.size(), 2u);
  const std::string& sig = lines[lines.size() - 2];
  const std::string& date = lines.back();
  EXPECT_EQ(display_width(sig), 50) << sig;
  EXPECT_EQ(display_width(date), 50) << date;
  EXPECT_EQ(sig, std::string(24, ' ') + "山东省人力资源和社会保障厅");
}

// The writer decides no alignment: a title or signature the model aligns
// left (a template that says so) is printed flush left, as in the PDF.
TEST(RenderTxt, RolesKeepTheModelsAlignment) {
  Document d;
  d.blocks.push_back(para("标题", ParagraphRole::Title, Align::Left));
  d.blocks.push_back(para("署名", ParagraphRole::Signature, Align::Left));
  d.blocks.push_back(para("居中署名", ParagraphRole::Signature, Align::Center));
  const auto lines = split_lines(render_txt(d, 20));
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines[0], "标题");
  EXPECT_EQ(lines[2], "署名");
  EXPECT_EQ(lines[3], std::string(6, ' ') + "居中署名");
}

Paragraph rule_para(double length_mm, Align align = Align::Left) {
  Paragraph p;
  p.rule = HorizontalRule{0.75, 0xFF0000, length_mm};
  p.align = align;
  return p;
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(RenderTxt, RulesAreLinesOfBoxDrawingScaledToTheTextWidth) {
  Document d;  // A4, 25 mm margins: 160 mm of text in 40 columns
  d.blocks.push_back(rule_para(0));
  d.blocks.push_back(rule_para(40, Align::Center));  // a quarter: 10 columns
  Paragraph indented = rule_para(0, Align::Right);
  indented.left_indent_em = 2;  // 4 columns
  d.blocks.push_back(indented);
  d.blocks.push_back(rule_para(1000));  // longer than the line: the line
  const auto lines = split_lines(render_txt(d, 40));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], repeat("─", 40));
  EXPECT_EQ(lines[1], std::string(15, ' ') + repeat("─", 10));
  EXPECT_EQ(lines[2], std::string(4, ' ') + repeat("─", 36));
  EXPECT_EQ(lines[3], repeat("─", 40));
  EXPECT_EQ(display_width(lines[0]), 40);
}

TEST(RenderTxt, SectionsBreakPagesAndSetTheTextWidth) {
  Document d;
  d.page.header.pattern = "页眉 {page}";
  d.page.footer.pattern = "— {page} —";
  d.blocks.push_back(para("甲"));
  SectionBreak landscape;
  landscape.sheet_name = "附件1";
  landscape.page.width_mm = 297;
  landscape.page.height_mm = 210;
  landscape.page.landscape = true;
  landscape.page.footer.pattern = "第 {page} 页 共 {pages} 页";
  d.blocks.push_back(landscape);
  d.blocks.push_back(rule_para(123.5));  // half of 247 mm: 20 of 40 columns
  const std::string text = render_txt(d, 40);
  EXPECT_EQ(text, "甲\n\f\n" + repeat("─", 20) + "\n");
  EXPECT_EQ(text.find("页眉"), std::string::npos);  // header/footer lines are not written
  EXPECT_EQ(text.find("—"), std::string::npos);
}

TEST(RenderTxt, FixedColumnWidthsInMillimetres) {
  Document d;  // 160 mm text block in 45 columns
  Table t;
  t.column_widths = {1, 1};
  t.column_widths_mm = {40, 0};  // a quarter of the width
  t.rows.push_back(row({cell("a"), cell("b")}));
  Cell anchored = cell("95.50");
  anchored.anchor = "总分";
  anchored.value.formula_r1c1 = "<2>!@总分";
  anchored.value.text = "优";
  t.rows.push_back(row({cell("c"), anchored}));
  d.blocks.push_back(t);
  const auto lines = split_lines(render_txt(d, 45));
  // 42 columns inside the three bars: 10.5 → 11 and 31.
  EXPECT_EQ(lines[0], "+" + std::string(11, '-') + "+" + std::string(31, '-') + "+");
  EXPECT_EQ(lines[3], "| c         | 95.50                         |");  // the shown text
}

TEST(RenderTxt, NegativeFirstLineIndentHangs) {
  // GB/T 9704 附件说明: "附件：1. " hangs out so that a wrapped name lines up
  // under the name (template: left indent 6 em, first line -4 em).
  Document d;
  Paragraph p = para("附件：1. 山东省专业技术人员知识更新工程高级研修项目经费决算表");
  p.left_indent_em = 6;         // 12 columns
  p.first_line_indent_em = -4;  // first line at 12 - 8 = 4
  d.blocks.push_back(p);
  const auto lines = split_lines(render_txt(d, 40));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "    附件：1. 山东省专业技术人员知识更新");  // 4 + 35 columns
  EXPECT_EQ(lines[1], std::string(12, ' ') + "工程高级研修项目经费决算表");
}

TEST(RenderTxt, EmptyDocumentIsOneNewline) { EXPECT_EQ(render_txt(Document{}), "\n"); }

TEST(WriteTxt, WritesRenderedTextDeterministically) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(FORMWORK_TEST_TMP) / ("txt_writer-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const Document d = sample_document();
  write_txt(d, (dir / "a.txt").string());
  write_txt(d, (dir / "b.txt").string());
  const std::string a = read_file((dir / "a.txt").string());
  EXPECT_EQ(a, render_txt(d));
  EXPECT_EQ(a, read_file((dir / "b.txt").string()));
  EXPECT_THROW(write_txt(d, (dir / "missing" / "c.txt").string()), IoError);
}

TEST(RenderTxt, ForbiddenCharactersAreDropped) {
  // One of each class: C0, DEL, C1, U+FFFE, U+FFFF, U+FDD0, U+1FFFE; and
  // malformed UTF-8, which becomes U+FFFD.
  const std::string bad = "\x01\x7F\u0085\uFFFE\uFFFF\uFDD0\U0001FFFE";
  Document d;
  d.blocks.push_back(para("段落" + bad + "文字\xFF"));
  Table t;
  t.column_widths = {1};
  t.rows.push_back(row({cell("单元格" + bad)}));
  d.blocks.push_back(t);
  const std::string text = render_txt(d);
  const auto lines = split_lines(text);
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[0], "段落文字\uFFFD");
  EXPECT_EQ(lines[2].substr(0, lines[2].find_last_not_of(" |") + 1), "| 单元格");
  EXPECT_EQ(text.find('\x01'), std::string::npos);
  EXPECT_EQ(text.find("\uFFFE"), std::string::npos);
}

TEST(RenderTxt, StreamedChunksEqualTheWholeText) {
  // A paragraph and a table cell of many lines, beyond one 1 MB chunk.
  std::string many;
  for (int i = 0; i < 60000; ++i) many += "第" + std::to_string(i) + "行\n";
  Document d;
  d.blocks.push_back(para(many));
  Table t;
  t.column_widths = {1, 1};
  t.rows.push_back(row({cell(many), cell("右")}));
  d.blocks.push_back(t);
  std::string streamed;
  size_t chunks = 0;
  render_txt(d, 100, [&](std::string_view chunk) {
    streamed += chunk;
    ++chunks;
  });
  EXPECT_GT(chunks, 1u);
  const std::string whole = render_txt(d);
  EXPECT_EQ(streamed, whole);
  const auto lines = split_lines(whole);
  EXPECT_EQ(lines[59999], "第59999行");
  // The paragraph's 60,000 lines, the empty one after its last '\n', the
  // table's top rule, then the cell's lines.
  EXPECT_EQ(lines[60002].rfind("| 第0行", 0), 0u) << lines[60002];
}

}  // namespace
}  // namespace formwork
