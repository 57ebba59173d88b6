// Reads the issue-3 documents back with python-docx (an independent OOXML
// reader): sections, orientation, headers and footers, header rows.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "docx/docx_writer.h"
#include "docx_official_fixtures.h"
#include "docx_test_support.h"

namespace formwork {
namespace {

// Prints what python-docx sees as key=value lines.
constexpr const char* kScript = R"PY(
import sys
import docx
from docx.oxml.ns import qn

d = docx.Document(sys.argv[1])
def out(key, value):
    print(f"{key}={value}")

out("sections", len(d.sections))
out("even_odd", d.settings.odd_and_even_pages_header_footer)
for i, s in enumerate(d.sections):
    out(f"s{i}.orientation", int(s.orientation))
    out(f"s{i}.size", f"{s.page_width}x{s.page_height}")
    out(f"s{i}.start", int(s.start_type))
    out(f"s{i}.title_page", s.different_first_page_header_footer)
    out(f"s{i}.footer", "|".join(p.text for p in s.footer.paragraphs))
    out(f"s{i}.footer_linked", s.footer.is_linked_to_previous)
    out(f"s{i}.even_footer", "|".join(p.text for p in s.even_page_footer.paragraphs))
    out(f"s{i}.footer_jc", s.footer.paragraphs[0].alignment)
    out(f"s{i}.even_footer_jc", s.even_page_footer.paragraphs[0].alignment)
    out(f"s{i}.header_linked", s.header.is_linked_to_previous)
    out(f"s{i}.first_header", "|".join(p.text for p in s.first_page_header.paragraphs))
    out(f"s{i}.first_header_linked", s.first_page_header.is_linked_to_previous)
    out(f"s{i}.footer_distance", s.footer_distance)
    out(f"s{i}.header_distance", s.header_distance)
out("tables", len(d.tables))
for k, t in enumerate(d.tables):
    out(f"t{k}.header_rows", sum(1 for r in t.rows if r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None))
    out(f"t{k}.cant_split", sum(1 for r in t.rows if r._tr.trPr is not None and r._tr.trPr.find(qn("w:cantSplit")) is not None))
    out(f"t{k}.rows", len(t.rows))
out("heading1", next(p.style.name for p in d.paragraphs if p.text == "一、项目安排") if any(p.text == "一、项目安排" for p in d.paragraphs) else "")
)PY";

constexpr long kEmuPerTwip = 635;

std::map<std::string, std::string> read_back(const Document& doc) {
  std::string path = docx_test::fresh_dir() + "/out.docx";
  write_docx(doc, path);
  return docx_test::run_python(kScript, path);
}

TEST(DocxOfficialPython, NoticeHasAPortraitAndALandscapeSectionWithOutsideFooters) {
  std::map<std::string, std::string> v = read_back(docx_test::notice_document());
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v["sections"], "2");
  EXPECT_EQ(v["even_odd"], "True");
  EXPECT_EQ(v["s0.orientation"], "0");
  EXPECT_EQ(v["s0.size"],
            std::to_string(11906 * kEmuPerTwip) + "x" + std::to_string(16838 * kEmuPerTwip));
  EXPECT_EQ(v["s1.orientation"], "1");
  EXPECT_EQ(v["s1.size"],
            std::to_string(16838 * kEmuPerTwip) + "x" + std::to_string(11906 * kEmuPerTwip));
  EXPECT_EQ(v["s1.start"], "2");  // WD_SECTION.NEW_PAGE
  for (const char* s : {"s0", "s1"}) {
    std::string k(s);
    EXPECT_EQ(v[k + ".footer"], "—  —") << k;  // python-docx skips the field result
    EXPECT_EQ(v[k + ".even_footer"], "—  —") << k;
    EXPECT_EQ(v[k + ".footer_jc"], "RIGHT (2)") << k;
    EXPECT_EQ(v[k + ".even_footer_jc"], "LEFT (0)") << k;
    EXPECT_EQ(v[k + ".footer_linked"], "False") << k;
    EXPECT_EQ(v[k + ".title_page"], "False") << k;
  }
  EXPECT_EQ(v["s0.footer_distance"], std::to_string(1307 * kEmuPerTwip));
  EXPECT_EQ(v["tables"], "2");
  EXPECT_EQ(v["t0.header_rows"], "1");
  EXPECT_EQ(v["t0.rows"], "6");
  EXPECT_EQ(v["t0.cant_split"], "5");  // all but the 300 mm row
  EXPECT_EQ(v["heading1"], "Heading 1");
}

TEST(DocxOfficialPython, ReportNumbersPagesInTheHeaderFromPageTwo) {
  std::map<std::string, std::string> v = read_back(docx_test::bao_cao_document());
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v["sections"], "1");
  EXPECT_EQ(v["even_odd"], "False");
  EXPECT_EQ(v["s0.title_page"], "True");
  EXPECT_EQ(v["s0.first_header"], "");
  EXPECT_EQ(v["s0.first_header_linked"], "False");
  EXPECT_EQ(v["s0.header_linked"], "False");
  EXPECT_EQ(v["s0.header_distance"], std::to_string((1134 - 260) / 2 * kEmuPerTwip));
  EXPECT_EQ(v["t0.header_rows"], "0");
}

}  // namespace
}  // namespace formwork
