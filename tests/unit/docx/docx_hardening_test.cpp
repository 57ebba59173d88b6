// Characters XML 1.0 forbids never reach a DOCX (python-docx reads the file
// back), and runs name the faces of the one font-role table, the user's
// --fonts faces applied.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "docx/docx_writer.h"
#include "docx_test_support.h"
#include "fonts/font_roles.h"

namespace formwork {
namespace {

// One of each class: C0, DEL, C1, U+FFFE, U+FFFF, U+FDD0, U+1FFFE.
const std::string kBad = "\x01\x7F\u0085\uFFFE\uFFFF\uFDD0\U0001FFFE";

constexpr const char* kScriptBody = R"PY(
out("title", d.core_properties.title)
for i, p in enumerate(d.paragraphs):
    out(f"p{i}", p.text)
    f = p.runs[0]._element.rPr.rFonts if p.runs else None
    if f is not None:
        out(f"p{i}.fonts", f.get(qn("w:eastAsia")) + "|" + f.get(qn("w:ascii")))
out("cell", d.tables[0].cell(0, 0).text)
out("footer", d.sections[0].footer.paragraphs[0].text)
)PY";

std::string script() { return std::string(docx_test::kPythonDocxPreamble) + kScriptBody; }

Paragraph paragraph(const std::string& text, const std::string& role = "song") {
  Paragraph p;
  p.runs.push_back(Run{text, TextStyle{role, 12}});
  return p;
}

Document document() {
  Document d;
  d.title = "标题" + kBad + "完";
  d.page.footer.pattern = "第{page}页" + kBad;
  d.blocks.push_back(paragraph("段落" + kBad + "文字\n第二行"));
  for (const FontRole& r : font_roles()) d.blocks.push_back(paragraph(r.name, r.name));
  Table t;
  t.column_widths = {1};
  Row row;
  Cell c;
  c.paragraphs.push_back(paragraph("单元格" + kBad));
  row.cells.push_back(c);
  t.rows.push_back(row);
  d.blocks.push_back(t);
  return d;
}

TEST(DocxForbiddenChars, EveryClassIsDroppedAndPythonDocxOpensTheFile) {
  const std::string path = docx_test::fresh_dir() + "/chars.docx";
  DocxOptions options;
  options.font_faces = {{"kai", "楷体" + kBad + "_GB2312"}};
  write_docx(document(), path, options);
  auto v = docx_test::run_python(script(), path);
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v["title"], "标题完");
  EXPECT_EQ(v["p0"], "段落文字\\n第二行");
  EXPECT_EQ(v["cell"], "单元格");
  EXPECT_EQ(v["footer"], "第页");  // python-docx does not show the PAGE field
  EXPECT_EQ(v["p3.fonts"], "楷体_GB2312|Times New Roman");
}

TEST(DocxFonts, RunsNameTheRoleTableFacesAndTheUsersFaces) {
  const std::string dir = docx_test::fresh_dir();
  write_docx(document(), dir + "/plain.docx");
  DocxOptions options;
  options.font_faces = {{"fangsong", "仿宋_GB2312"}, {"sans", "Liberation Sans"}};
  write_docx(document(), dir + "/custom.docx", options);
  auto plain = docx_test::run_python(script(), dir + "/plain.docx");
  auto custom = docx_test::run_python(script(), dir + "/custom.docx");
  const std::map<std::string, std::string> want{{"song", "宋体|Times New Roman"},
                                                {"fangsong", "仿宋|Times New Roman"},
                                                {"kai", "楷体|Times New Roman"},
                                                {"hei", "黑体|Arial"},
                                                {"xbs", "方正小标宋简体|Times New Roman"},
                                                {"serif", "宋体|Times New Roman"},
                                                {"sans", "黑体|Arial"}};
  int i = 1;
  for (const FontRole& r : font_roles()) {
    const std::string key = "p" + std::to_string(i++) + ".fonts";
    EXPECT_EQ(plain[key], want.at(r.name)) << r.name;
  }
  EXPECT_EQ(custom["p2.fonts"], "仿宋_GB2312|Times New Roman");
  EXPECT_EQ(custom["p4.fonts"], "黑体|Liberation Sans");  // hei's Latin partner is sans
  EXPECT_EQ(custom["p7.fonts"], "黑体|Liberation Sans");
}

}  // namespace
}  // namespace formwork
