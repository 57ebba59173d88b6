// write_pdf end to end: Document → layout_document → pdf_bytes (or the
// merged writer) → file, read back with qpdf and poppler.
#include <gtest/gtest.h>

#include <filesystem>

#include "pdf/pdf_writer.h"
#include "pdf_test_support.h"
#include "util/atomic_file.h"
#include "util/errors.h"

namespace formwork {
namespace {

using testing::count_of;
using testing::default_fonts;
using testing::fresh_dir;
using testing::pdffonts_rows;
using testing::run;

Paragraph para(const std::string& text, TextStyle style = {}, Align align = Align::Left) {
  Paragraph p;
  p.runs.push_back(Run{text, style});
  p.align = align;
  return p;
}

Cell cell(const std::string& text, int colspan = 1, bool shaded = false) {
  Cell c;
  c.paragraphs.push_back(para(text));
  c.colspan = colspan;
  c.shaded = shaded;
  return c;
}

/// A 决算表-like form: title, body text in three scripts, a bordered table
/// with a repeated header row, shaded labels, a spanning total row, and a
/// page footer.
Document sample_form(const std::string& unit, int rows) {
  Document doc;
  doc.title = "经费决算表";
  doc.page.footer.pattern = "第 {page} 页 共 {pages} 页";
  TextStyle title;
  title.font_role = "xbs";
  title.size_pt = 22;
  doc.blocks.push_back(para("经费决算表", title, Align::Center));
  doc.blocks.push_back(para("填报单位：" + unit + "　金额单位：元"));
  doc.blocks.push_back(para("Báo cáo sơ kết thực hiện tiêu chí ơ ư ế ộ ữ"));
  Table table;
  table.column_widths = {1, 3, 2};
  Row header;
  header.header = true;
  header.cells = {cell("序号", 1, true), cell("项目", 1, true), cell("金额", 1, true)};
  table.rows.push_back(header);
  for (int i = 1; i <= rows; ++i) {
    Row row;
    row.cells = {cell(std::to_string(i)), cell("设备购置费第" + std::to_string(i) + "项"),
                 cell("1,000.00")};
    table.rows.push_back(row);
  }
  Row total;
  total.cells = {cell("合计 人民币壹拾玖万元整", 2, true), cell("190,000.00")};
  table.rows.push_back(total);
  doc.blocks.push_back(table);
  return doc;
}

class WritePdfTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = fresh_dir(); }
  std::string write(const std::vector<const Document*>& docs, const std::string& name) {
    const std::string path = dir_ + "/" + name;
    write_pdf(docs, default_fonts(), path);
    return path;
  }
  std::string text_of(const std::string& pdf) {
    return run("pdftotext -enc UTF-8 '" + pdf + "' -").output;
  }
  std::string raw_text_of(const std::string& pdf) {
    return run("pdftotext -raw -enc UTF-8 '" + pdf + "' -").output;
  }
  std::string dir_;
};

TEST_F(WritePdfTest, FormWithTableReadsBack) {
  const Document form = sample_form("北京市财政局", 5);
  const std::string pdf = write({&form}, "form.pdf");
  const auto check = run("qpdf --check '" + pdf + "'");
  EXPECT_EQ(check.status, 0) << check.output;
  const std::string text = text_of(pdf);
  for (const char* s :
       {"经费决算表", "填报单位：北京市财政局", "序号", "设备购置费第5项", "1,000.00",
        "合计 人民币壹拾玖万元整", "190,000.00", "Báo cáo sơ kết thực hiện tiêu chí ơ ư ế ộ ữ"}) {
    EXPECT_NE(text.find(s), std::string::npos) << "missing '" << s << "' in:\n" << text;
  }
  // Footer spaces around one digit need content order (see
  // PdfBytesTest.SpacesBetweenScriptsExtract).
  EXPECT_NE(raw_text_of(pdf).find("第 1 页 共 1 页"), std::string::npos) << raw_text_of(pdf);
  const auto fonts = pdffonts_rows(pdf);
  EXPECT_GE(fonts.size(), 2u);
  for (const std::string& row : fonts) EXPECT_NE(row.find("yes yes yes"), std::string::npos) << row;
  EXPECT_NE(run("pdfinfo '" + pdf + "'").output.find("595.28 x 841.89"), std::string::npos);
}

TEST_F(WritePdfTest, LongTableFlowsOntoMorePages) {
  const Document form = sample_form("北京市财政局", 80);
  const std::string pdf = write({&form}, "long.pdf");
  EXPECT_EQ(run("qpdf --check '" + pdf + "'").status, 0);
  const std::string text = text_of(pdf);
  EXPECT_NE(text.find("设备购置费第80项"), std::string::npos);
  EXPECT_NE(raw_text_of(pdf).find("第 2 页 共"), std::string::npos) << raw_text_of(pdf);
  EXPECT_GE(count_of(text, "序号"), 2);  // the header row repeats
}

TEST_F(WritePdfTest, MergedFileSharesSubsetsAndIsDeterministic) {
  const Document a = sample_form("北京市财政局", 5), b = sample_form("海淀区教育局", 5),
                 c = sample_form("Sở Tài chính Hà Nội", 5);
  const std::string one = write({&a}, "one.pdf");
  const std::string merged = write({&a, &b, &c}, "merged.pdf");
  const std::string again = write({&a, &b, &c}, "again.pdf");
  EXPECT_EQ(read_file(merged), read_file(again));
  EXPECT_EQ(run("qpdf --check '" + merged + "'").status, 0);
  EXPECT_NE(run("pdfinfo '" + merged + "'").output.find("Pages:           3"), std::string::npos);
  EXPECT_EQ(pdffonts_rows(merged).size(), pdffonts_rows(one).size());
  const std::string text = text_of(merged);
  EXPECT_NE(text.find("海淀区教育局"), std::string::npos);
  EXPECT_NE(text.find("Sở Tài chính Hà Nội"), std::string::npos);
  EXPECT_LT(std::filesystem::file_size(merged), std::filesystem::file_size(one) * 3 / 2);
}

TEST_F(WritePdfTest, UnwritablePathIsAnIoError) {
  const Document form = sample_form("北京市财政局", 1);
  EXPECT_THROW(write_pdf({&form}, default_fonts(), dir_ + "/missing/dir/out.pdf"), IoError);
  EXPECT_FALSE(std::filesystem::exists(dir_ + "/missing"));
}

}  // namespace
}  // namespace formwork
