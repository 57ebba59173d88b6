// Reads the DOCX back with python-docx (an independent OOXML reader).
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "docx/docx_writer.h"
#include "docx_test_support.h"

namespace formwork {
namespace {

// Prints what python-docx sees as key=value lines (newlines as "\n").
constexpr const char* kScriptBody = R"PY(
out("title", d.core_properties.title)
for i, p in enumerate(d.paragraphs):
    out(f"p{i}", p.text)
    out(f"p{i}.style", p.style.name)
out("p3.break_before", d.paragraphs[3].paragraph_format.page_break_before)
body = d.paragraphs[2]
out("body.first_line_indent", body.paragraph_format.first_line_indent)
out("body.east_asia", body.runs[0]._element.rPr.rFonts.get(qn("w:eastAsia")))
out("body.size", body.runs[0].font.size)
out("body.bold1", body.runs[1].font.bold)
out("tables", len(d.tables))
t = d.tables[0]
out("t.rows", len(t.rows))
out("t.cols", len(t.columns))
out("t.cells", sum(len(r.cells) for r in t.rows))
for r in range(len(t.rows)):
    out(f"t.row{r}", "|".join(t.cell(r, c).text for c in range(len(t.columns))))
out("colspan", t.cell(0, 0)._tc is t.cell(0, 1)._tc)
out("not_merged", t.cell(0, 1)._tc is t.cell(0, 2)._tc)
out("rowspan", t.cell(1, 0)._tc is t.cell(2, 0)._tc)
out("colspan3", t.cell(3, 0)._tc is t.cell(3, 2)._tc)
out("hole", t.cell(4, 1)._tc is t.cell(4, 3)._tc)
out("header_rows", sum(1 for r in t.rows if r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None))
s = d.sections[0]
out("page_width", s.page_width)
out("page_height", s.page_height)
out("orientation", int(s.orientation))
out("margins", ",".join(str(m) for m in (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin)))
out("footer", s.footer.paragraphs[0].text)
out("footer_linked", s.footer.is_linked_to_previous)
)PY";

std::string script() { return std::string(docx_test::kPythonDocxPreamble) + kScriptBody; }

class DocxPython : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string path = docx_test::fresh_dir() + "/out.docx";
    write_docx(docx_test::sample_document(), path);
    v_ = docx_test::run_python(script(), path);
    ASSERT_FALSE(v_.empty());
  }
  std::map<std::string, std::string> v_;
};

constexpr long kEmuPerTwip = 635;

TEST_F(DocxPython, FindsTitleAndEveryText) {
  EXPECT_EQ(v_["title"], "经费决算表 <测试>");
  EXPECT_EQ(v_["p0"], "经费决算表");
  EXPECT_EQ(v_["p0.style"], "Title");
  EXPECT_EQ(v_["p1"], "一、基本情况");
  EXPECT_EQ(v_["p1.style"], "Heading 1");
  EXPECT_EQ(v_["p2"], std::string("本单位2023年度预算执行情况如下：") + docx_test::kSpecialText +
                          "第一行\\n第二行");
  EXPECT_EQ(v_["p3"], "第二页");
  EXPECT_EQ(v_["p3.break_before"], "True");
}

TEST_F(DocxPython, ReadsRunAndParagraphFormatting) {
  EXPECT_EQ(v_["body.first_line_indent"], std::to_string(640 * kEmuPerTwip));
  EXPECT_EQ(v_["body.east_asia"], "仿宋");
  EXPECT_EQ(v_["body.size"], std::to_string(16 * 12700));
  EXPECT_EQ(v_["body.bold1"], "True");
}

TEST_F(DocxPython, SeesTableCellsAndMergedRegions) {
  EXPECT_EQ(v_["tables"], "2");
  EXPECT_EQ(v_["t.rows"], "5");
  EXPECT_EQ(v_["t.cols"], "4");
  EXPECT_EQ(v_["t.cells"], "20");
  EXPECT_EQ(v_["t.row0"], "项目|项目|金额|备注");
  EXPECT_EQ(v_["t.row1"], "支出|办公费|1,234.56|");
  EXPECT_EQ(v_["t.row2"], "支出|差旅费|265,675.22|x");
  EXPECT_EQ(v_["t.row3"], "合计|合计|合计|说明");
  EXPECT_EQ(v_["t.row4"], "仅一格|||");
  EXPECT_EQ(v_["colspan"], "True");
  EXPECT_EQ(v_["not_merged"], "False");
  EXPECT_EQ(v_["rowspan"], "True");
  EXPECT_EQ(v_["colspan3"], "True");
  EXPECT_EQ(v_["hole"], "True");
  EXPECT_EQ(v_["header_rows"], "1");
}

TEST_F(DocxPython, SeesLandscapePageMarginsAndFooter) {
  EXPECT_EQ(v_["page_width"], std::to_string(16838 * kEmuPerTwip));
  EXPECT_EQ(v_["page_height"], std::to_string(11906 * kEmuPerTwip));
  EXPECT_EQ(v_["orientation"], "1");  // WD_ORIENT.LANDSCAPE
  EXPECT_EQ(v_["margins"],
            std::to_string(1701 * kEmuPerTwip) + "," + std::to_string(1587 * kEmuPerTwip) + "," +
                std::to_string(1474 * kEmuPerTwip) + "," + std::to_string(1361 * kEmuPerTwip));
  EXPECT_EQ(v_["footer_linked"], "False");
  EXPECT_EQ(v_["footer"], "第  页 共  页");  // python-docx skips the field results
}

}  // namespace
}  // namespace formwork
