// <form locale>: the formatting filters follow the scope's locale, and
// spreadsheet number formats are written out for PDF, DOCX and TXT by ICU.
#include "model/form_locale.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "expr/expression.h"
#include "test_values.h"

namespace formwork {
namespace {

using testing::num;
using testing::obj;

class LocaleFilters : public ::testing::Test {
 protected:
  LocaleFilters()
      : record_(obj({{"tổng", num("1234567.891")},
                     {"tỷ_lệ", num("0.40873")},
                     {"x", num("38.40")},
                     {"ngày", Value("2023-02-05")}})),
        zh_(record_),
        vi_(record_) {
    vi_.set_locale(FormLocale::ViVN);
  }
  std::string zh(const std::string& src) const { return eval(src, zh_); }
  std::string vi(const std::string& src) const { return eval(src, vi_); }

  static std::string eval(const std::string& src, const Scope& scope) {
    return Expression::parse(src, SourceLoc{"t.xml", 1, 1}).eval(scope).to_text();
  }
  Value record_;
  Scope zh_;
  Scope vi_;
};

TEST_F(LocaleFilters, MoneyPercentAndNumberUseTheLocalesSeparators) {
  EXPECT_EQ(zh("tổng | money"), "1,234,567.89");
  EXPECT_EQ(vi("tổng | money"), "1.234.567,89");
  EXPECT_EQ(vi("tổng | money(0)"), "1.234.568");
  EXPECT_EQ(zh("tỷ_lệ | percent(1)"), "40.9%");
  EXPECT_EQ(vi("tỷ_lệ | percent(1)"), "40,9%");
  EXPECT_EQ(zh("x | number(2, true)"), "38.4");
  EXPECT_EQ(vi("x | number(2, true)"), "38,4");
  EXPECT_EQ(vi("x | number"), "38,4");
}

TEST_F(LocaleFilters, DatesFollowTheLocale) {
  EXPECT_EQ(zh("ngày | date"), "2023年2月5日");
  EXPECT_EQ(vi("ngày | date"), "ngày 05 tháng 02 năm 2023");
  EXPECT_EQ(vi("ngày | date('EEEE')"), "Chủ Nhật");
  EXPECT_EQ(zh("ngày | date('EEEE')"), "星期日");
  EXPECT_EQ(vi("ngày | date('EEEE', 'zh_CN')"), "星期日");  // an explicit locale wins
}

TEST_F(LocaleFilters, InnerFramesSeeTheRecordsLocale) {
  Value none;
  Scope inner(none, &vi_);
  EXPECT_EQ(eval("tổng | money", inner), "1.234.567,89");
}

TEST(FormLocale, ParsesBcp47TagsOnly) {
  EXPECT_EQ(parse_form_locale("vi-VN"), FormLocale::ViVN);
  EXPECT_EQ(parse_form_locale("zh_CN"), FormLocale::ZhCN);
  EXPECT_FALSE(parse_form_locale("vi").has_value());
  EXPECT_FALSE(parse_form_locale("en-US").has_value());
}

TEST(NumberFormatText, WritesWhatTheSpreadsheetShows) {
  const Decimal x = *Decimal::parse("1234.5");
  EXPECT_EQ(format_by_number_format(x, "#,##0.00", FormLocale::ZhCN), "1,234.50");
  EXPECT_EQ(format_by_number_format(x, "#,##0.00", FormLocale::ViVN), "1.234,50");
  EXPECT_EQ(format_by_number_format(*Decimal::parse("1"), "0.00", FormLocale::ViVN), "1,00");
  EXPECT_EQ(format_by_number_format(*Decimal::parse("0.125"), "0.0%", FormLocale::ZhCN), "12.5%");
  EXPECT_EQ(format_by_number_format(*Decimal::parse("2016"), "\"计划\"0\"年\"", FormLocale::ZhCN),
            "计划2016年");
  EXPECT_EQ(format_by_number_format(*Decimal::parse("-3"), "0;\"减\"0", FormLocale::ZhCN), "减3");
  EXPECT_EQ(format_by_number_format(*Decimal::parse("95"), "\"≥\"General\"%\"", FormLocale::ZhCN),
            "≥95%");
  EXPECT_EQ(format_by_number_format(*Decimal::parse("0.3"), "General", FormLocale::ViVN), "0,3");
  EXPECT_EQ(format_by_number_format(*Decimal::parse("7"), "[$-42A]0", FormLocale::ViVN), "7");
}

TEST(NumberFormatText, RoundsHalfAwayFromZeroAsExcelDoes) {
  EXPECT_EQ(format_by_number_format(*Decimal::parse("2.5"), "0", FormLocale::ZhCN), "3");
  EXPECT_EQ(format_by_number_format(*Decimal::parse("-0.125"), "0.00", FormLocale::ZhCN), "-0.13");
  EXPECT_EQ(format_by_number_format(*Decimal::parse("1.005"), "0.00", FormLocale::ZhCN), "1.01");
}

TEST(NumberFormatText, WhatOnlyASpreadsheetCanShowIsNamed) {
  const Decimal x = *Decimal::parse("1");
  for (const char* code : {"[Red]0", "yyyy-mm-dd", "0.00E+00", "@", "0;0;\"零\"", "# ?/?"}) {
    try {
      format_by_number_format(x, code, FormLocale::ZhCN);
      ADD_FAILURE() << code;
    } catch (const std::invalid_argument& e) {
      EXPECT_NE(std::string(e.what()).find("only a spreadsheet can show"), std::string::npos)
          << code;
    }
  }
}

TEST(NumberFormatText, VietnameseFormatsCarryTheLanguageTag) {
  EXPECT_EQ(localized_number_format("#,##0.00", FormLocale::ViVN), "[$-42A]#,##0.00");
  EXPECT_EQ(localized_number_format("#,##0.00", FormLocale::ZhCN), "#,##0.00");
  EXPECT_EQ(localized_number_format("", FormLocale::ViVN), "");
  EXPECT_EQ(localized_number_format("[$-409]0", FormLocale::ViVN), "[$-409]0");
}

}  // namespace
}  // namespace formwork
