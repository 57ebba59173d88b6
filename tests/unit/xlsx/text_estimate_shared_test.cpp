// DOCX and XLSX guess line breaks with one measure (model/text_estimate.h).
#include <gtest/gtest.h>

#include <string>

#include "docx/text_estimate.h"
#include "xlsx/text_height.h"

namespace formwork {
namespace {

TEST(TextEstimate, DocxAndXlsxMeasureAlike) {
  // 10 Han at 12 pt: 10 em = 120 pt = 2400 twips = 160 px at 96 dpi.
  const std::string text = "一二三四五六七八九十";
  EXPECT_EQ(estimate_text_twips(text, 12), 2400.0);
  EXPECT_EQ(estimate_char_twips(U'汉', 12), 240.0);
  // The same text in a cell 160 px wide needs two lines (5 % slack), in
  // one 170 px wide one.
  EXPECT_EQ(estimate_lines(text, 12, 160), 2);
  EXPECT_EQ(estimate_lines(text, 12, 170), 1);
}

}  // namespace
}  // namespace formwork
