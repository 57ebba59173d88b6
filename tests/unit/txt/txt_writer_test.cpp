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
  d.blocks.push_back(para("关于做好2016年度工作的通知", ParagraphRole::Title));
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
  d.blocks.push_back(para("山东省人力资源和社会保障厅", ParagraphRole::Signature));
  d.blocks.push_back(para("2016年4月21日", ParagraphRole::Signature));
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

TEST(RenderTxt, SignaturesRightAligned) {
  const auto lines = split_lines(render_txt(sample_document(), 50));
  ASSERT_GE(lines.size(), 2u);
  const std::string& sig = lines[lines.size() - 2];
  const std::string& date = lines.back();
  EXPECT_EQ(display_width(sig), 50) << sig;
  EXPECT_EQ(display_width(date), 50) << date;
  EXPECT_EQ(sig, std::string(24, ' ') + "山东省人力资源和社会保障厅");
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

}  // namespace
}  // namespace formwork
