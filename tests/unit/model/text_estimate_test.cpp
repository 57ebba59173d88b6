// The one rough text measure DOCX and XLSX share (model/text_estimate.h).
#include "model/text_estimate.h"

#include <gtest/gtest.h>

namespace formwork {
namespace {

TEST(TextEstimate, HanIsOneEmLatinHalfMarksNothing) {
  EXPECT_EQ(estimate_char_em(U'汉'), 1.0);
  EXPECT_EQ(estimate_char_em(U'a'), 0.5);
  EXPECT_EQ(estimate_char_em(U'，'), 1.0);      // fullwidth comma
  EXPECT_EQ(estimate_char_em(U'\u0301'), 0.0);  // combining acute
  EXPECT_EQ(estimate_char_em(U'ｱ'), 0.5);       // halfwidth katakana
  EXPECT_EQ(estimate_text_em("汉字ab"), 3.0);
  EXPECT_EQ(estimate_text_em("Thế giới"), 4.0);  // precomposed or not, 8 columns
  EXPECT_EQ(estimate_text_em("The\u0302\u0301 gio\u031B\u0301i"), 4.0);
}

}  // namespace
}  // namespace formwork
