// Dates and text in expressions (issue 11): date patterns, days_between,
// add_days, substr, pad, capitalize, "up to N decimals" and the vi_words
// variants — each at its boundaries and with its errors.
#include <gtest/gtest.h>

#include "eval_fixture.h"
#include "test_values.h"

namespace formwork {
namespace {

using testing::num;
using testing::obj;

class DateText : public testing::EvalFixture {
 protected:
  DateText()
      : EvalFixture(obj({{"起", Value("2024-02-27")},
                         {"止", Value("2024-03-02")},
                         {"ngày", Value("2023-02-05")},
                         {"文号", Value("鲁人社字〔2016〕135号")},
                         {"月", Value(6)},
                         {"tên", Value("đồng")},
                         {"stated", num("38.40")},
                         {"whole", num("15.00")},
                         {"tiền", num("1024")},
                         {"bad", Value("2023-02-30")}})) {}
};

TEST_F(DateText, DatePatterns) {
  EXPECT_EQ(text("ngày | date(\"dd/MM/yyyy\")"), "05/02/2023");
  EXPECT_EQ(text("ngày | date(\"yyyy年M月d日\")"), "2023年2月5日");
  EXPECT_EQ(text("ngày | date(\"yyyy.MM\")"), "2023.02");
  EXPECT_EQ(text("ngày | date(\"'tháng' M 'năm' yyyy\")"), "tháng 2 năm 2023");
  EXPECT_EQ(text("ngày | date(\"EEEE\")"), "星期日");
  EXPECT_EQ(text("ngày | date(\"EEEE\", \"vi\")"), "Chủ Nhật");
  EXPECT_EQ(text("\"1582-10-10\" | date(\"yyyy-MM-dd\")"), "1582-10-10");  // no Julian switch
  EXPECT_EQ(text("ngày | date"), "2023年2月5日");  // without a pattern: GB/T 9704's form
}

TEST_F(DateText, DatePatternSlipsAreNamed) {
  EXPECT_EQ(error("ngày | date(\"dd/mm/yyyy\")").message,
            "date: 'm' is not a date field of a date pattern ('m' is minutes; the month is 'M'); "
            "date fields are y M L d E, literal text goes between apostrophes");
  EXPECT_NE(error("ngày | date(\"dd/MM/YYYY\")").message.find("week-based year"),
            std::string::npos);
  EXPECT_NE(error("ngày | date(\"HH:mm\")").message.find("'H' is not a date field"),
            std::string::npos);
  EXPECT_EQ(error("bad | date(\"dd/MM/yyyy\")").message,
            "date: not a valid ISO date: '2023-02-30'");
  EXPECT_EQ(error("ngày | date(5)").message, "date: argument 1 must be a string, got number");
}

TEST_F(DateText, DaysBetween) {
  EXPECT_EQ(text("days_between(起, 止)"), "4");  // 2024 is a leap year: 27, 28, 29 Feb, 1 Mar
  EXPECT_EQ(text("days_between(起, 止) + 1"), "5");
  EXPECT_EQ(text("days_between(止, 起)"), "-4");
  EXPECT_EQ(text("days_between(起, 起)"), "0");
  EXPECT_EQ(text("days_between(\"2023-02-27\", \"2023-03-02\")"), "3");
  EXPECT_EQ(error("days_between(起, bad)").message,
            "days_between(): not a valid ISO date: '2023-02-30'");
  EXPECT_EQ(error("days_between(起, 5)").message,
            "days_between() needs an ISO date string, got number");
}

TEST_F(DateText, AddDays) {
  EXPECT_EQ(text("add_days(起, 2)"), "2024-02-29");
  EXPECT_EQ(text("add_days(起, 3)"), "2024-03-01");
  EXPECT_EQ(text("add_days(\"2024-01-01\", -1)"), "2023-12-31");
  EXPECT_EQ(error("add_days(\"9999-12-31\", 1)").message,
            "add_days(): the date leaves the years 1 to 9999");
  EXPECT_EQ(error("add_days(起, 1.5)").message,
            "add_days(): days must be a whole number from -3650000 to 3650000");
}

TEST_F(DateText, Substr) {
  EXPECT_EQ(text("substr(文号, 5, 4)"), "2016");
  EXPECT_EQ(text("substr(文号, -4)"), "135号");
  EXPECT_EQ(text("substr(文号, 0, 4)"), "鲁人社字");
  EXPECT_EQ(text("substr(文号, 100)"), "");  // past the end: empty, not an error
  EXPECT_EQ(text("substr(文号, -100, 2)"), "鲁人");
  EXPECT_EQ(text("substr(\"\", 0, 3)"), "");
  EXPECT_EQ(error("substr(月, 0)").message, "substr() needs a string, got number");
  EXPECT_EQ(error("substr(文号, 0, -1)").message,
            "substr(): count must be a whole number from 0 to 1000000000");
}

TEST_F(DateText, Pad) {
  EXPECT_EQ(text("月 | pad(2)"), "06");
  EXPECT_EQ(text("19 | pad(2)"), "19");
  EXPECT_EQ(text("123 | pad(2)"), "123");  // longer text kept whole
  EXPECT_EQ(text("\"号\" | pad(3, \"　\")"), "　　号");
  EXPECT_EQ(text("concat(月 | pad(2), \"/\", 19)"), "06/19");
  EXPECT_EQ(error("月 | pad(2, \"ab\")").message, "pad: the fill must be one character, not 'ab'");
  EXPECT_EQ(error("月 | pad(-1)").message, "pad: width must be a whole number from 0 to 1000");
  EXPECT_EQ(error("null | pad(2)").message, "pad: expected a string or a number, got null");
}

TEST_F(DateText, Capitalize) {
  EXPECT_EQ(text("tên | capitalize"), "Đồng");
  EXPECT_EQ(text("\"ủy ban\" | capitalize"), "Ủy ban");
  EXPECT_EQ(text("\"\" | capitalize"), "");
  EXPECT_EQ(text("\"人社局\" | capitalize"), "人社局");
}

TEST_F(DateText, UpToNDecimals) {
  EXPECT_EQ(text("stated | vi_number(2, true)"), "38,4");
  EXPECT_EQ(text("whole | vi_number(2, true)"), "15");
  EXPECT_EQ(text("stated | vi_number(2)"), "38,40");
  EXPECT_EQ(text("1234567.5 | vi_number(2, true)"), "1.234.567,5");
  EXPECT_EQ(text("stated | number(2, true)"), "38.4");
  EXPECT_EQ(text("whole | number(2, true)"), "15");
  EXPECT_EQ(text("100 | number(2, true)"), "100");  // zeros before the point stay
  EXPECT_EQ(text("1.005 | number(2, true)"), "1.01");
}

TEST_F(DateText, ViWordsVariants) {
  EXPECT_EQ(text("tiền | vi_words"), "Một nghìn không trăm hai mươi bốn đồng");
  EXPECT_EQ(text("tiền | vi_words(true, \"tư\")"), "Một nghìn không trăm hai mươi tư đồng");
  EXPECT_EQ(text("14 | vi_words(false, \"tư\")"), "Mười bốn");  // tư only after mươi
  EXPECT_EQ(text("4 | vi_words(false, \"tư\")"), "Bốn");
  EXPECT_EQ(text("505000 | vi_words(true, \"lẻ, ngàn\")"), "Năm trăm lẻ năm ngàn đồng");
  EXPECT_EQ(text("1000000024 | vi_words(false, \"tư lẻ ngàn\")"), "Một tỷ không trăm hai mươi tư");
  EXPECT_EQ(error("tiền | vi_words(true, \"bẩy\")").message,
            "vi_words: unknown variant 'bẩy' (the variants are tư, lẻ, ngàn)");
}

}  // namespace
}  // namespace formwork
