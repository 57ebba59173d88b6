// The Vietnamese filters inside expressions: vi_number vi_percent
// vi_words vi_date, their arguments and errors.
#include <gtest/gtest.h>

#include "eval_fixture.h"
#include "test_values.h"

namespace formwork {
namespace {

using testing::num;
using testing::obj;

class ViFilters : public testing::EvalFixture {
 protected:
  ViFilters()
      : EvalFixture(obj({{"kinh_phí", num("105000")},
                         {"tổng", num("1234567.891")},
                         {"đạt", Value(13)},
                         {"tiêu_chí", Value(19)},
                         {"ngày_ký", Value("2023-02-05")},
                         {"âm", Value(-1234)},
                         {"tên", Value("Quang Khải")}})) {}
};

TEST_F(ViFilters, Number) {
  EXPECT_EQ(text("tổng | vi_number(2)"), "1.234.567,89");
  EXPECT_EQ(text("tổng | vi_number"), "1.234.568");
  EXPECT_EQ(text("âm | vi_number"), "-1.234");
  EXPECT_EQ(text("3.5 * 1000000000 | vi_number"), "3.500.000.000");
  EXPECT_EQ(error("tên | vi_number").message, "vi_number: expected a number, got string tên");
  EXPECT_EQ(error("tổng | vi_number(-1)").message,
            "vi_number: decimals must be a whole number from 0 to 30");
  EXPECT_EQ(error("tổng | vi_number(1, true, 2)").message,
            "filter 'vi_number' takes 0 to 2 arguments, not 3");
}

TEST_F(ViFilters, Percent) {
  EXPECT_EQ(text("0.68421 | vi_percent"), "68,42%");
  EXPECT_EQ(text("đạt / tiêu_chí | vi_percent"), "68,42%");
  EXPECT_EQ(text("đạt / tiêu_chí | vi_percent(1)"), "68,4%");
  EXPECT_EQ(text("đạt / tiêu_chí | vi_percent(0)"), "68%");
  EXPECT_EQ(error("ngày_ký | vi_percent").message,
            "vi_percent: expected a number, got string ngày_ký");
}

TEST_F(ViFilters, Words) {
  EXPECT_EQ(text("kinh_phí | vi_words"), "Một trăm linh năm nghìn đồng");
  EXPECT_EQ(text("kinh_phí | vi_words(false)"), "Một trăm linh năm nghìn");
  EXPECT_EQ(text("kinh_phí | vi_words(true)"), "Một trăm linh năm nghìn đồng");
  EXPECT_EQ(text("concat('Bằng chữ: ', kinh_phí | vi_words, '.')"),
            "Bằng chữ: Một trăm linh năm nghìn đồng.");
  EXPECT_EQ(text("0 | vi_words"), "Không đồng");
  TemplateError e = error("âm | vi_words");
  EXPECT_EQ(e.message, "vi_words: negative amount: -1234");
  EXPECT_EQ(e.loc.column, 15);  // at the filter name
  EXPECT_EQ(error("tên | vi_words").message, "vi_words: expected a number, got string tên");
  EXPECT_EQ(error("1000000000000000000 | vi_words").message,
            "vi_words: amount of 10^18 đồng or more: 1000000000000000000");
}

TEST_F(ViFilters, Date) {
  EXPECT_EQ(text("ngày_ký | vi_date"), "ngày 05 tháng 02 năm 2023");
  EXPECT_EQ(text("'2023-03-15' | vi_date"), "ngày 15 tháng 3 năm 2023");
  EXPECT_EQ(text("concat(tên, ', ', ngày_ký | vi_date)"), "Quang Khải, ngày 05 tháng 02 năm 2023");
  EXPECT_EQ(error("'2023-02-30' | vi_date").message, "vi_date: not a valid ISO date: '2023-02-30'");
  EXPECT_EQ(error("đạt | vi_date").message, "vi_date: expected an ISO date string, got number");
  EXPECT_EQ(error("ngày_ký | vi_date(1)").message, "filter 'vi_date' takes 0 arguments, not 1");
}

}  // namespace
}  // namespace formwork
