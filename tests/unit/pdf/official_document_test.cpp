// A GB/T 9704-2012 official document end to end (Document → layout → PDF),
// read back with pdftotext -bbox-layout: the 22 × 28 grid, text inside the
// 版心, kinsoku, page numbers on odd and even pages, and a landscape
// attachment whose header row starts every page.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>

#include "../test_support/official_pages.h"
#include "pdf/pdf_writer.h"
#include "pdf_test_support.h"
#include "util/utf8.h"

namespace formwork {
namespace {

using testing::bbox_layout;
using testing::BBoxLine;
using testing::BBoxPage;
using testing::default_fonts;
using testing::fresh_dir;
using testing::run;

const double kTop = mm_to_pt(37);
const double kBottom = mm_to_pt(297 - 35);
const double kLeft = mm_to_pt(28);
const double kRight = mm_to_pt(210 - 26);
const double kMm = mm_to_pt(1);

const std::string kBody =
    "为深入实施专业技术人员知识更新工程，加强我省专业技术人员队伍建设，推动经济社会发展和创新创业，"
    "根据《山东省专业技术人员知识更新工程（2013—2020年）实施意见》（鲁人社发〔2013〕48号，"
    "以下简称《实施意见》）要求，经研究，确定了2016年高级研修项目计划。联系电话：0531-88597980，"
    "项目编号2016001至2016096。";

PageSetup gbt9704(bool landscape) {
  return landscape ? test_support::landscape(test_support::gbt9704_page(false))
                   : test_support::gbt9704_page(true);
}

Paragraph text_para(const std::string& text, const std::string& role, double size, Align align) {
  Paragraph p;
  Run r;
  r.text = text;
  r.style.font_role = role;
  r.style.size_pt = size;
  p.runs.push_back(r);
  p.align = align;
  return p;
}

Cell cell(const std::string& text) {
  Cell c;
  c.paragraphs.push_back(text_para(text, "song", 10.5, Align::Left));
  return c;
}

/// The notice: title, six body paragraphs (three pages), then 附件1 with a
/// 96-row table on landscape pages.
Document notice() {
  Document d;
  d.title = "关于印发高级研修项目计划的通知";
  d.page = gbt9704(false);
  Paragraph title = text_para(d.title, "xbs", 22, Align::Center);
  title.role = ParagraphRole::Title;
  d.blocks.push_back(title);
  Paragraph red;
  red.rule = HorizontalRule{1.0, 0xFF0000, 0};
  red.space_before_pt = 6;
  d.blocks.push_back(red);
  for (int i = 0; i < 6; ++i) {
    Paragraph body = text_para(kBody + kBody, "fangsong", 16, Align::Justify);
    body.first_line_indent_em = 2;
    d.blocks.push_back(body);
  }
  d.blocks.push_back(SectionBreak{gbt9704(true), "附件1"});
  d.blocks.push_back(text_para("附件1", "hei", 16, Align::Left));
  Table t;
  t.column_widths = {1, 4, 3, 1};
  t.column_widths_mm = {22, 0, 0, 0};
  Row head;
  head.header = true;
  head.cells = {cell("编号"), cell("项目名称"), cell("承办单位"), cell("天数")};
  t.rows.push_back(head);
  for (int i = 1; i <= 96; ++i) {
    char id[16];
    std::snprintf(id, sizeof id, "2016%03d", i);
    Row r;
    r.cells = {
        cell(id), cell("专业技术人员高级研修项目第" + std::to_string(i) + "期"),
        cell(i % 4 == 0 ? "山东省人力资源和社会保障厅继续教育中心与山东大学联合承办" : "山东大学"),
        cell("6")};
    t.rows.push_back(r);
  }
  d.blocks.push_back(t);
  return d;
}

size_t han_count(const std::string& text) {
  size_t n = 0;
  for (char32_t cp : utf8_to_u32(text)) n += cp >= 0x4E00 && cp <= 0x9FFF;
  return n;
}

bool is_footer(const BBoxLine& l, const BBoxPage& page) {
  return l.y_min > page.height - mm_to_pt(35) + 2;
}

class OfficialDocumentTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // Per process: ctest runs every case of this suite as its own process,
    // each calling SetUpTestSuite.
    const std::string dir =
        std::string(FORMWORK_TEST_TMP) + "/pdf/OfficialDocumentTest-" + std::to_string(::getpid());
    // An exception escaping SetUpTestSuite makes gtest report the cases as
    // skipped, which ctest counts as passing; so it is kept and fails SetUp.
    try {
      std::filesystem::create_directories(dir);
      pdf_ = new std::string(dir + "/notice.pdf");
      const Document d = notice();
      write_pdf({&d}, default_fonts(), *pdf_);
      pages_ = new std::vector<BBoxPage>(bbox_layout(*pdf_));
    } catch (const std::exception& e) {
      setup_error_ = e.what();
    }
  }
  void SetUp() override { ASSERT_TRUE(setup_error_.empty()) << setup_error_; }
  static inline std::string setup_error_;
  static void TearDownTestSuite() {
    delete pdf_;
    delete pages_;
  }
  /// Indices of the portrait (body) pages.
  static std::vector<size_t> body_pages() {
    std::vector<size_t> out;
    for (size_t i = 0; i < pages_->size(); ++i) {
      if ((*pages_)[i].width < (*pages_)[i].height) out.push_back(i);
    }
    return out;
  }
  static std::string* pdf_;
  static std::vector<BBoxPage>* pages_;
};

std::string* OfficialDocumentTest::pdf_ = nullptr;
std::vector<BBoxPage>* OfficialDocumentTest::pages_ = nullptr;

TEST_F(OfficialDocumentTest, FileIsValidAndPagesHaveTheirSectionsSize) {
  EXPECT_EQ(run("qpdf --check '" + *pdf_ + "'").status, 0);
  ASSERT_GE(pages_->size(), 4u);
  EXPECT_NEAR(pages_->front().width, 595.28, 0.01);
  EXPECT_NEAR(pages_->front().height, 841.89, 0.01);
  EXPECT_NEAR(pages_->back().width, 841.89, 0.01);
  EXPECT_NEAR(pages_->back().height, 595.28, 0.01);
}

TEST_F(OfficialDocumentTest, BodyTextStaysInsideTheTextBlock) {
  for (size_t p : body_pages()) {
    for (const BBoxLine& l : (*pages_)[p].lines) {
      if (is_footer(l, (*pages_)[p])) continue;
      EXPECT_GE(l.x_min, kLeft - kMm) << l.text;
      EXPECT_LE(l.x_max, kRight + kMm) << l.text;
      EXPECT_GE(l.y_min, kTop - kMm) << l.text;
      EXPECT_LE(l.y_max, kBottom + kMm) << l.text;
    }
  }
}

TEST_F(OfficialDocumentTest, AFullBodyPageHasTwentyTwoLinesOfAtMostTwentyEightHan) {
  std::vector<size_t> body = body_pages();
  ASSERT_GE(body.size(), 3u);
  const BBoxPage& full = (*pages_)[body[1]];  // page 2: body text only
  size_t lines = 0;
  for (const BBoxLine& l : full.lines) lines += !is_footer(l, full);
  EXPECT_EQ(lines, 22u);
  size_t longest = 0;
  for (size_t p : body) {
    for (const BBoxLine& l : (*pages_)[p].lines) longest = std::max(longest, han_count(l.text));
  }
  EXPECT_LE(longest, 28u);
  EXPECT_GE(longest, 26u);  // full lines are full
}

TEST_F(OfficialDocumentTest, NoLineStartsWithClosingOrEndsWithOpeningPunctuation) {
  const std::u32string no_start = U"，。、；：？！）」』》〕";
  const std::u32string no_end = U"（「『《〔";
  for (const BBoxPage& page : *pages_) {
    for (const BBoxLine& l : page.lines) {
      const std::u32string s = utf8_to_u32(l.text);
      ASSERT_FALSE(s.empty());
      EXPECT_EQ(no_start.find(s.front()), std::u32string::npos) << l.text;
      EXPECT_EQ(no_end.find(s.back()), std::u32string::npos) << l.text;
    }
  }
}

TEST_F(OfficialDocumentTest, PhoneNumberIsNeverSplit) {
  int whole = 0;
  for (const BBoxPage& page : *pages_) {
    for (const BBoxLine& l : page.lines) whole += l.text.find("0531-88597980") != std::string::npos;
  }
  EXPECT_EQ(whole, 12);  // twice in each of the six paragraphs
}

TEST_F(OfficialDocumentTest, PageNumbersOutsideOneCharacterInSevenMmBelow) {
  for (size_t p = 0; p < pages_->size(); ++p) {
    const BBoxPage& page = (*pages_)[p];
    const std::string want = "— " + std::to_string(p + 1) + " —";
    const BBoxLine* footer = nullptr;
    for (const BBoxLine& l : page.lines) {
      if (l.text == want) footer = &l;
    }
    ASSERT_NE(footer, nullptr) << want;
    const double right = page.width - mm_to_pt(26), bottom = page.height - mm_to_pt(35);
    if ((p + 1) % 2 == 1) {
      EXPECT_NEAR(footer->x_max, right - 14, 1.0) << want;
    } else {
      EXPECT_NEAR(footer->x_min, kLeft + 14, 1.0) << want;
    }
    // The 14 pt line sits 7 mm below the 版心: its box starts there (±1 mm).
    EXPECT_NEAR(footer->y_min, bottom + 7 * kMm, kMm) << want;
  }
}

TEST_F(OfficialDocumentTest, AttachmentPagesStartWithTheHeaderRowAndHoldEveryRowOnce) {
  std::map<std::string, int> ids;
  bool first = true;
  for (const BBoxPage& page : *pages_) {
    if (page.width < page.height) continue;
    std::vector<const BBoxLine*> lines;
    for (const BBoxLine& l : page.lines) {
      if (!is_footer(l, page)) lines.push_back(&l);
    }
    ASSERT_FALSE(lines.empty());
    size_t head = first ? 1 : 0;  // the first page starts with "附件1"
    if (first) {
      EXPECT_EQ(lines[0]->text, "附件1");
    }
    first = false;
    ASSERT_GT(lines.size(), head);
    // pdftotext reads each cell as a line of its own: join the top row's.
    std::string top_row;
    for (size_t i = head; i < lines.size() && lines[i]->y_min < lines[head]->y_min + 1; ++i) {
      top_row += (top_row.empty() ? "" : " ") + lines[i]->text;
    }
    EXPECT_EQ(top_row, "编号 项目名称 承办单位 天数");
    for (const BBoxLine* l : lines) {
      if (l->text.rfind("2016", 0) == 0) ++ids[l->text.substr(0, 7)];
    }
  }
  EXPECT_EQ(ids.size(), 96u);
  for (const auto& [id, n] : ids) EXPECT_EQ(n, 1) << id;
}

}  // namespace
}  // namespace formwork
