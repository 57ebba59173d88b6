// LibreOffice converts a two-section GB/T 9704 notice and a Vietnamese
// report to PDF: the notice's footers read "— 1 —", "— 2 —", "— 3 —", odd
// pages right and even pages left, one character in, 7 mm below the 版心;
// the attachment page is landscape; body lines follow the 22 × 28 grid.
// The report's page number is centred in the top margin from page 2.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>

#include "../test_support/required_tool.h"
#include "docx/docx_writer.h"
#include "docx_official_fixtures.h"
#include "docx_test_support.h"

namespace formwork {
namespace {

using docx_test::run_command;

// Reads pdftotext -bbox output (argv[1]) and prints, per page, its size,
// the footer's box ("— N —" below the 版心) and the tops of the body lines.
constexpr const char* kBoxes = R"PY(
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
mm = 72 / 25.4
for n, page in enumerate(re.findall(r"<page (.*?)</page>", html, re.S), 1):
    w = float(re.search(r'width="([\d.]+)"', page).group(1))
    h = float(re.search(r'height="([\d.]+)"', page).group(1))
    words = [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page)]
    bottom = h - (35 if w < h else 26) * mm  # the 版心's bottom edge
    foot = [x for x in words if x[1] > bottom - 1]
    print(f"p{n}.size={w:.0f}x{h:.0f}")
    print(f"p{n}.footer={' '.join(x[4] for x in foot)}")
    if foot:
        print(f"p{n}.footer_x={min(x[0] for x in foot):.1f},{max(x[2] for x in foot):.1f}")
        print(f"p{n}.footer_y={min(x[1] for x in foot):.1f},{max(x[3] for x in foot):.1f}")
    # Body lines: the line boxes' bottoms of the 仿宋 text (it starts with 各市
    # or continues a paragraph) between the headings and the 版心's bottom.
    body = sorted({round(x[3], 2) for x in words if x[1] < bottom and "各" in x[4]})
    steps = [b - a for a, b in zip(body, body[1:])]
    print(f"p{n}.body_lines={len(body)}")
    if steps:
        print(f"p{n}.steps={min(steps):.2f},{max(steps):.2f}")
    print(f"p{n}.longest={max((len(x[4]) for x in words if x[1] < bottom and '各' in x[4]), default=0)}")
)PY";

// Prints the page-number boxes at the top of each page of a report whose
// top margin is 20 mm: the words above the 版心.
constexpr const char* kHeaderBoxes = R"PY(
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
mm = 72 / 25.4
for n, page in enumerate(re.findall(r"<page (.*?)</page>", html, re.S), 1):
    words = [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page)]
    top = [x for x in words if x[3] < 20 * mm]
    print(f"p{n}.header={' '.join(x[4] for x in top)}")
    if top:
        print(f"p{n}.header_x={min(x[0] for x in top):.1f},{max(x[2] for x in top):.1f}")
        print(f"p{n}.header_y={min(x[1] for x in top):.1f},{max(x[3] for x in top):.1f}")
)PY";

double first(const std::string& pair) { return std::stod(pair.substr(0, pair.find(','))); }
double second(const std::string& pair) { return std::stod(pair.substr(pair.find(',') + 1)); }
double middle(const std::string& pair) { return (first(pair) + second(pair)) / 2; }

constexpr double kMm = 72 / 25.4;

// Converts a document with LibreOffice in the first test that needs it
// (ctest runs each test in its own process, two at a time, so the folder
// and the LibreOffice profile are the test's own) and reads the PDF's word
// boxes.
class DocxLibreOfficeSections : public ::testing::Test {
 protected:
  void SetUp() override {
    FORMWORK_REQUIRE_TOOL(std::filesystem::exists("/usr/bin/soffice"),
                          "soffice (scripts/setup.sh installs libreoffice-writer-nogui)");
  }

  // Word boxes of `doc` converted to PDF, as printed by `script`.
  static std::map<std::string, std::string> convert(const std::string& name, const Document& doc,
                                                    const char* script) {
    std::string dir = docx_test::fresh_dir();
    write_docx(doc, dir + "/" + name + ".docx");
    int status = -1;
    std::string log = run_command(
        "cd '" + dir + "' && HOME='" + dir + "' soffice --headless --convert-to pdf --outdir '" +
            dir + "' -env:UserInstallation=file://" + dir + "/lo-profile " + name + ".docx 2>&1",
        &status);
    EXPECT_EQ(status, 0) << log;
    std::string pdf = dir + "/" + name + ".pdf";
    if (!std::filesystem::exists(pdf)) {
      ADD_FAILURE() << "no PDF: " << log;
      return {};
    }
    std::string html = dir + "/" + name + ".html";
    run_command("pdftotext -bbox -enc UTF-8 '" + pdf + "' '" + html + "'");
    return docx_test::run_python(script, html);
  }

  // Ten three-line body paragraphs fill page 1 and spill onto page 2; the
  // attachment section starts on page 3.
  static const std::map<std::string, std::string>& notice() {
    static const std::map<std::string, std::string> v =
        convert("notice", docx_test::notice_document(10), kBoxes);
    return v;
  }
};

TEST_F(DocxLibreOfficeSections, NoticePagesAreNumberedOnAcrossTheLandscapeAttachment) {
  std::map<std::string, std::string> v = notice();
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v["p1.size"], "595x842");
  EXPECT_EQ(v["p2.size"], "595x842");
  EXPECT_EQ(v["p3.size"], "842x595") << "the attachment section is landscape";
  EXPECT_NE(v["p2.body_lines"], "0") << "no blank page from the dropped page break";
  EXPECT_EQ(v["p1.footer"], "— 1 —");
  EXPECT_EQ(v["p2.footer"], "— 2 —");
  EXPECT_EQ(v["p3.footer"], "— 3 —") << "numbers run on into the new section";
}

TEST_F(DocxLibreOfficeSections, NoticeFootersSitOutsideOneCharacterInSevenMillimetresBelow) {
  std::map<std::string, std::string> v = notice();
  ASSERT_FALSE(v.empty());
  // Odd pages: right-aligned, one 14 pt character in from the 版心's right
  // edge; even pages: left-aligned one character in from its left edge.
  EXPECT_NEAR(second(v["p1.footer_x"]), 595.28 - 26 * kMm - 14, 2.0);
  EXPECT_NEAR(first(v["p2.footer_x"]), 28 * kMm + 14, 2.0);
  EXPECT_NEAR(second(v["p3.footer_x"]), 841.89 - 35 * kMm - 14, 2.0);
  // The line's em box starts 7 mm below the 版心 (±1 mm: glyph boxes come
  // from the substituted font's ascent).
  EXPECT_NEAR(first(v["p1.footer_y"]), (297 - 35 + 7) * kMm, 1.0 * kMm);
  EXPECT_NEAR(first(v["p2.footer_y"]), (297 - 35 + 7) * kMm, 1.0 * kMm);
  EXPECT_NEAR(first(v["p3.footer_y"]), (210 - 26 + 7) * kMm, 1.0 * kMm);
}

TEST_F(DocxLibreOfficeSections, NoticeBodyIsOnTheGridOf22LinesBy28Characters) {
  std::map<std::string, std::string> v = notice();
  ASSERT_FALSE(v.empty());
  // Every body line 579 twips below the last.
  EXPECT_EQ(v["p1.body_lines"], "18");
  EXPECT_NEAR(first(v["p1.steps"]), 579 / 20.0, 0.15);
  EXPECT_NEAR(second(v["p1.steps"]), 579 / 20.0, 0.15);
  // A full line holds 28 characters; a first line 26 after its indent.
  EXPECT_EQ(v["p1.longest"], "28");
}

TEST_F(DocxLibreOfficeSections, ReportNumbersPagesInTheTopMarginFromPageTwo) {
  std::map<std::string, std::string> v =
      convert("report", docx_test::bao_cao_document(), kHeaderBoxes);
  ASSERT_FALSE(v.empty());
  ASSERT_FALSE(v["p2.header"].empty()) << "the report has a second page";
  EXPECT_EQ(v["p1.header"], "") << "no number on page 1";
  EXPECT_EQ(v["p2.header"], "2");
  // Centred on the 版心: left margin 30 mm, right 15 mm.
  EXPECT_NEAR(middle(v["p2.header_x"]), (30 + (210 - 15)) / 2.0 * kMm, 2.0);
  // The 13 pt line centred in the 20 mm margin.
  EXPECT_NEAR(middle(v["p2.header_y"]), 10 * kMm, 1.0 * kMm);
}

}  // namespace
}  // namespace formwork
