// pdf_bytes with hand-made frames, read back with qpdf and poppler.
#include <gtest/gtest.h>

#include <sstream>

#include "pdf/pdf_writer.h"
#include "pdf_test_support.h"

namespace formwork {
namespace {

using testing::count_of;
using testing::default_engine;
using testing::fresh_dir;
using testing::pdffonts_rows;
using testing::run;
using testing::set_line;
using testing::write_bytes;

const std::string kTitle = "经费决算表";
const std::string kChinese = "合计 人民币壹拾玖万元整";
const std::string kDigits = "190,000.00";
const std::string kVietnamese = "Báo cáo sơ kết thực hiện tiêu chí ơ ư ế ộ ữ";
const std::string kSpaced = "项目支出明细";

/// One A4 page exercising every frame item: CJK, Latin and Vietnamese
/// text (per-character faces), synthetic bold and italic, underline,
/// letter-spaced text, a table grid and shading.
LaidOutDocument sample_document(FontProvider& fonts, const std::string& extra_line = "") {
  LaidOutDocument doc;
  doc.title = kTitle;
  Page page;
  set_line(page, fonts, kTitle, 240, 90, 22, "xbs", /*bold=*/true);
  set_line(page, fonts, kChinese, 72, 140, 12);
  set_line(page, fonts, kDigits, 72, 160, 12, "serif");
  set_line(page, fonts, kVietnamese, 72, 180, 12);
  set_line(page, fonts, kSpaced, 72, 200, 12, "song", false, false, /*extra_pt=*/0.6);
  set_line(page, fonts, "斜体 Italic", 72, 220, 12, "kai", false, /*italic=*/true);
  const size_t before_underline = page.items.size();
  set_line(page, fonts, "签字", 300, 220, 12, "song");
  for (size_t i = before_underline; i < page.items.size(); ++i) {
    std::get<GlyphRun>(page.items[i]).underline = true;
  }
  if (!extra_line.empty()) set_line(page, fonts, extra_line, 72, 240, 12);
  page.items.push_back(FillRect{72, 260, 451, 20, 0xF2F2F2});
  for (double y : {260.0, 280.0, 300.0}) page.items.push_back(Rule{72, y, 523, y, 0.5, 0});
  for (double x : {72.0, 300.0, 523.0}) page.items.push_back(Rule{x, 260, x, 300, 0.5, 0});
  set_line(page, fonts, "合计", 76, 275, 10.5);
  set_line(page, fonts, kDigits, 304, 275, 10.5, "serif");
  doc.pages.push_back(page);
  return doc;
}

/// The sample page `pages` times in one PDF.
std::string build(int pages, const std::string& extra_line = "") {
  LaidOutDocument doc = sample_document(default_engine(), extra_line);
  for (int i = 1; i < pages; ++i) doc.pages.push_back(doc.pages.front());
  return pdf_bytes(doc, default_engine());
}

/// One page holding `text` set on one line.
std::string one_line(const std::string& text, double size = 12) {
  LaidOutDocument doc;
  Page page;
  set_line(page, default_engine(), text, 72, 72, size);
  doc.pages.push_back(page);
  return pdf_bytes(doc, default_engine());
}

class PdfBytesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fresh_dir();
    pdf_ = write_bytes(dir_ + "/sample.pdf", build(1));
  }
  std::string text_of(const std::string& pdf) {
    return run("pdftotext -enc UTF-8 '" + pdf + "' -").output;
  }
  std::string dir_, pdf_;
};

TEST_F(PdfBytesTest, QpdfFindsNoErrors) {
  const auto r = run("qpdf --check '" + pdf_ + "'");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("No syntax or stream encoding errors"), std::string::npos) << r.output;
}

TEST_F(PdfBytesTest, EveryFontIsAnEmbeddedUnicodeSubset) {
  const auto rows = pdffonts_rows(pdf_);
  ASSERT_FALSE(rows.empty());
  bool latin = false, cjk = false;
  for (const std::string& row : rows) {
    std::istringstream in(row);
    std::vector<std::string> cols;
    for (std::string c; in >> c;) cols.push_back(c);
    ASSERT_GE(cols.size(), 7u) << row;
    const size_t n = cols.size();
    EXPECT_EQ(cols[n - 5], "yes") << "emb: " << row;
    EXPECT_EQ(cols[n - 4], "yes") << "sub: " << row;
    EXPECT_EQ(cols[n - 3], "yes") << "uni: " << row;
    EXPECT_NE(row.find("CID TrueType"), std::string::npos) << row;
    EXPECT_NE(row.find("Identity-H"), std::string::npos) << row;
    EXPECT_EQ(cols[0][6], '+') << row;  // subset tag AAAAAA+
    latin |= row.find("LiberationSerif") != std::string::npos;
    cjk |= row.find("BousungEG") != std::string::npos;  // AR PL SungtiL GB's PostScript name
  }
  EXPECT_TRUE(latin);
  EXPECT_TRUE(cjk);
}

TEST_F(PdfBytesTest, TextExtractsExactly) {
  const std::string text = text_of(pdf_);
  for (const std::string& s : {kTitle, kChinese, kDigits, kVietnamese, kSpaced, std::string("签字"),
                               std::string("斜体 Italic")}) {
    EXPECT_NE(text.find(s), std::string::npos) << "missing '" << s << "' in:\n" << text;
  }
}

TEST_F(PdfBytesTest, SpacesBetweenScriptsExtract) {
  LaidOutDocument doc;
  Page page;
  set_line(page, default_engine(), "第 1 页 共 3 页", 280, 800, 10.5);
  set_line(page, default_engine(), "第 1 页 共 3 页", 280, 700, 12);
  doc.pages.push_back(page);
  const std::string pdf = write_bytes(dir_ + "/footer.pdf", pdf_bytes(doc, default_engine()));
  // The space glyphs are in the content stream; pdftotext's physical-layout
  // mode drops spaces around a one-character word ("第1页", a known poppler
  // heuristic), its content-order mode (-raw) keeps them.
  const std::string raw = run("pdftotext -raw -enc UTF-8 '" + pdf + "' -").output;
  EXPECT_EQ(count_of(raw, "第 1 页 共 3 页"), 2) << raw;
}

TEST_F(PdfBytesTest, PageSizeAndMetadata) {
  const std::string info = run("pdfinfo '" + pdf_ + "'").output;
  EXPECT_NE(info.find("595.28 x 841.89 pts (A4)"), std::string::npos) << info;
  EXPECT_NE(info.find("Pages:           1"), std::string::npos) << info;
  EXPECT_NE(info.find("Producer:        formwork"), std::string::npos) << info;
  EXPECT_NE(info.find("Title:           " + kTitle), std::string::npos) << info;
  EXPECT_NE(info.find("2000"), std::string::npos) << info;  // fixed CreationDate
}

TEST_F(PdfBytesTest, SyntheticStylesAreScopedToTheirRuns) {
  const std::string qdf = dir_ + "/qdf.pdf";
  ASSERT_EQ(run("qpdf --qdf --object-streams=disable '" + pdf_ + "' '" + qdf + "'").status, 0);
  const std::string content = run("cat '" + qdf + "'").output;
  // The bold title's CJK runs are stroked (render mode 2) inside q … Q.
  EXPECT_GE(count_of(content, "2 Tr"), 1);
  // Synthetic italic (the kai role's Han glyphs): a text matrix with the
  // tan 12° shear; the Latin letters use Liberation Serif Italic instead.
  EXPECT_EQ(count_of(content, "1 0 0.2126 1 "), 1) << content.substr(0, 4000);
  EXPECT_EQ(count_of(content, " Tm\n"), 1);
  EXPECT_EQ(count_of(content, "\nq\n"), count_of(content, "\nQ\n"));
}

TEST_F(PdfBytesTest, SameInputGivesIdenticalBytes) {
  EXPECT_EQ(build(1), build(1));
  EXPECT_EQ(build(2), build(2));
}

TEST_F(PdfBytesTest, FileIdentifierFollowsTheContent) {
  const std::string a = build(1), b = build(1, "多一行");
  auto id = [](const std::string& pdf) { return pdf.substr(pdf.rfind("/ID[<"), 72); };
  EXPECT_NE(id(a), id(b));  // same Info dictionary, different content
  EXPECT_EQ(id(a).substr(5, 32), id(a).substr(39, 32));
  EXPECT_EQ(run("qpdf --check '" + write_bytes(dir_ + "/b.pdf", b) + "'").status, 0);
}

TEST_F(PdfBytesTest, MergedDocumentsShareFontSubsets) {
  const std::string one = build(1), two = build(2);
  const std::string merged = write_bytes(dir_ + "/merged.pdf", two);
  EXPECT_EQ(run("qpdf --check '" + merged + "'").status, 0);
  EXPECT_NE(run("pdfinfo '" + merged + "'").output.find("Pages:           2"), std::string::npos);
  EXPECT_EQ(pdffonts_rows(merged).size(), pdffonts_rows(pdf_).size());
  // Embedding each subset again would double the file; sharing adds little.
  EXPECT_LT(two.size(), one.size() * 13 / 10);
  EXPECT_EQ(count_of(text_of(merged), kVietnamese), 2);
}

TEST_F(PdfBytesTest, PagesKeepTheirOwnSize) {
  LaidOutDocument doc;
  Page landscape;
  landscape.width_pt = 841.89;
  landscape.height_pt = 595.276;
  set_line(landscape, default_engine(), kChinese, 72, 72, 12);
  doc.pages = {Page{}, landscape};
  const std::string pdf = write_bytes(dir_ + "/sizes.pdf", pdf_bytes(doc, default_engine()));
  const std::string info = run("pdfinfo -f 1 -l 2 '" + pdf + "'").output;
  EXPECT_NE(info.find("Page    1 size:  595.28 x 841.89"), std::string::npos) << info;
  EXPECT_NE(info.find("Page    2 size:  841.89 x 595.28"), std::string::npos) << info;
}

TEST_F(PdfBytesTest, EmptyDocumentStillGivesAValidPdf) {
  const std::string pdf =
      write_bytes(dir_ + "/empty.pdf", pdf_bytes(LaidOutDocument{}, default_engine()));
  EXPECT_EQ(run("qpdf --check '" + pdf + "'").status, 0);
  EXPECT_NE(run("pdfinfo '" + pdf + "'").output.find("Pages:           1"), std::string::npos);
}

TEST_F(PdfBytesTest, SupplementaryCharactersDoNotBreakTheFile) {
  const std::string pdf = write_bytes(dir_ + "/ext-b.pdf", one_line("𠀀合计𠀁"));
  EXPECT_EQ(run("qpdf --check '" + pdf + "'").status, 0);
  const std::string text = text_of(pdf);
  EXPECT_NE(text.find("合计"), std::string::npos);
  // No font here has CJK Extension B: the characters are drawn as
  // .notdef but stay in the text layer (ActualText).
  EXPECT_NE(text.find("𠀀合计𠀁"), std::string::npos) << text;
}

TEST_F(PdfBytesTest, UnknownFaceIsAnError) {
  LaidOutDocument doc;
  Page page;
  GlyphRun run;
  run.face_id = "/nonexistent/font.ttf";
  run.text = "x";
  run.positions = {0};
  page.items.push_back(run);
  doc.pages.push_back(page);
  EXPECT_THROW(pdf_bytes(doc, default_engine()), std::runtime_error);
}

}  // namespace
}  // namespace formwork
