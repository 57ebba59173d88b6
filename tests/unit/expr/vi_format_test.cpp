// format_number_vi, format_percent_vi, format_date_vi and vi_words (the
// Vietnamese filters' formatting, Nghị định 30/2020).
#include "expr/vi_format.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <ostream>
#include <stdexcept>
#include <string>

#include "test_values.h"

namespace formwork {
namespace {

using testing::dec;

bool is_nfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  return U_SUCCESS(status) && nfc->isNormalized(icu::UnicodeString::fromUTF8(s), status) &&
         U_SUCCESS(status);
}

TEST(FormatNumberVi, DotsForThousandsCommaForDecimals) {
  EXPECT_EQ(format_number_vi(dec("1234567.891"), 2), "1.234.567,89");
  EXPECT_EQ(format_number_vi(dec("1234567.891")), "1.234.568");
  EXPECT_EQ(format_number_vi(dec("-1234")), "-1.234");
  EXPECT_EQ(format_number_vi(dec("-1234.5"), 1), "-1.234,5");
  EXPECT_EQ(format_number_vi(dec("999")), "999");
  EXPECT_EQ(format_number_vi(dec("1000")), "1.000");
  EXPECT_EQ(format_number_vi(dec("0")), "0");
  EXPECT_EQ(format_number_vi(dec("0.5")), "1");  // half away from zero
  EXPECT_EQ(format_number_vi(dec("-0.5")), "-1");
  EXPECT_EQ(format_number_vi(dec("2.675"), 2), "2,68");
  EXPECT_EQ(format_number_vi(dec("-0.004"), 2), "0,00");
  EXPECT_EQ(format_number_vi(dec("12.5"), 3), "12,500");
  EXPECT_EQ(format_number_vi(dec("3500000000")), "3.500.000.000");
  EXPECT_THROW(format_number_vi(dec("1"), -1), std::invalid_argument);
}

TEST(FormatPercentVi, RatioTimesHundredWithComma) {
  EXPECT_EQ(format_percent_vi(dec("0.68421")), "68,42%");
  EXPECT_EQ(format_percent_vi(dec("0.68421"), 1), "68,4%");
  EXPECT_EQ(format_percent_vi(dec("0.68425"), 2), "68,43%");
  EXPECT_EQ(format_percent_vi(dec("1")), "100,00%");
  EXPECT_EQ(format_percent_vi(dec("0.5"), 0), "50%");
  EXPECT_EQ(format_percent_vi(dec("12.5"), 0), "1.250%");
  EXPECT_EQ(format_percent_vi(dec("-0.0125")), "-1,25%");
  EXPECT_THROW(format_percent_vi(dec("1"), -2), std::invalid_argument);
}

TEST(FormatDateVi, LeadingZeroForDaysBelowTenAndMonthsOneAndTwo) {
  EXPECT_EQ(format_date_vi("2023-02-05"), "ngày 05 tháng 02 năm 2023");
  EXPECT_EQ(format_date_vi("2023-01-31"), "ngày 31 tháng 01 năm 2023");
  EXPECT_EQ(format_date_vi("2023-03-15"), "ngày 15 tháng 3 năm 2023");
  EXPECT_EQ(format_date_vi("2023-03-09"), "ngày 09 tháng 3 năm 2023");
  EXPECT_EQ(format_date_vi("2023-09-10"), "ngày 10 tháng 9 năm 2023");
  EXPECT_EQ(format_date_vi("2023-12-01"), "ngày 01 tháng 12 năm 2023");
  EXPECT_EQ(format_date_vi("2024-02-29"), "ngày 29 tháng 02 năm 2024");
  EXPECT_TRUE(is_nfc(format_date_vi("2023-02-05")));
}

TEST(FormatDateVi, RejectsInvalidDates) {
  for (const char* bad : {"2023-02-29", "2023-13-01", "2023-00-10", "2023-04-31", "2023-4-5",
                          "05/02/2023", "", "2023-02-05T10:00"}) {
    EXPECT_THROW(format_date_vi(bad), std::invalid_argument) << bad;
  }
}

struct WordsCase {
  const char* amount;
  const char* words;
};

void PrintTo(const WordsCase& c, std::ostream* os) { *os << c.amount; }

class ViWords : public ::testing::TestWithParam<WordsCase> {};

TEST_P(ViWords, Reads) {
  const std::string words = vi_words(dec(GetParam().amount));
  EXPECT_EQ(words, GetParam().words);
  EXPECT_TRUE(is_nfc(words)) << words;
}

INSTANTIATE_TEST_SUITE_P(Units, ViWords,
                         ::testing::Values(WordsCase{"0", "Không đồng"}, WordsCase{"1", "Một đồng"},
                                           WordsCase{"4", "Bốn đồng"}, WordsCase{"5", "Năm đồng"},
                                           WordsCase{"7", "Bảy đồng"},
                                           WordsCase{"9", "Chín đồng"}));

INSTANTIATE_TEST_SUITE_P(
    Tens, ViWords,
    ::testing::Values(WordsCase{"10", "Mười đồng"}, WordsCase{"11", "Mười một đồng"},
                      WordsCase{"14", "Mười bốn đồng"}, WordsCase{"15", "Mười lăm đồng"},
                      WordsCase{"19", "Mười chín đồng"}, WordsCase{"20", "Hai mươi đồng"},
                      WordsCase{"21", "Hai mươi mốt đồng"}, WordsCase{"24", "Hai mươi bốn đồng"},
                      WordsCase{"25", "Hai mươi lăm đồng"}, WordsCase{"31", "Ba mươi mốt đồng"},
                      WordsCase{"55", "Năm mươi lăm đồng"}, WordsCase{"90", "Chín mươi đồng"},
                      WordsCase{"99", "Chín mươi chín đồng"}));

INSTANTIATE_TEST_SUITE_P(Hundreds, ViWords,
                         ::testing::Values(WordsCase{"100", "Một trăm đồng"},
                                           WordsCase{"101", "Một trăm linh một đồng"},
                                           WordsCase{"104", "Một trăm linh bốn đồng"},
                                           WordsCase{"105", "Một trăm linh năm đồng"},
                                           WordsCase{"110", "Một trăm mười đồng"},
                                           WordsCase{"111", "Một trăm mười một đồng"},
                                           WordsCase{"115", "Một trăm mười lăm đồng"},
                                           WordsCase{"121", "Một trăm hai mươi mốt đồng"},
                                           WordsCase{"505", "Năm trăm linh năm đồng"},
                                           WordsCase{"999", "Chín trăm chín mươi chín đồng"}));

INSTANTIATE_TEST_SUITE_P(
    Scales, ViWords,
    ::testing::Values(
        WordsCase{"1000", "Một nghìn đồng"},
        WordsCase{"1001", "Một nghìn không trăm linh một đồng"},
        WordsCase{"1005", "Một nghìn không trăm linh năm đồng"},
        WordsCase{"1010", "Một nghìn không trăm mười đồng"},
        WordsCase{"1015", "Một nghìn không trăm mười lăm đồng"},
        WordsCase{"1021", "Một nghìn không trăm hai mươi mốt đồng"},
        WordsCase{"1100", "Một nghìn một trăm đồng"}, WordsCase{"10000", "Mười nghìn đồng"},
        WordsCase{"15000", "Mười lăm nghìn đồng"}, WordsCase{"21000", "Hai mươi mốt nghìn đồng"},
        WordsCase{"105000", "Một trăm linh năm nghìn đồng"}, WordsCase{"1000000", "Một triệu đồng"},
        WordsCase{"1000005", "Một triệu không trăm linh năm đồng"},
        WordsCase{"1005000", "Một triệu không trăm linh năm nghìn đồng"},
        WordsCase{"2050000", "Hai triệu không trăm năm mươi nghìn đồng"},
        WordsCase{"25500000", "Hai mươi lăm triệu năm trăm nghìn đồng"},
        WordsCase{"1000000000", "Một tỷ đồng"},
        WordsCase{"1000000005", "Một tỷ không trăm linh năm đồng"},
        WordsCase{"3500000000", "Ba tỷ năm trăm triệu đồng"},
        WordsCase{"1234567891",
                  "Một tỷ hai trăm ba mươi bốn triệu năm trăm sáu mươi bảy nghìn tám trăm chín "
                  "mươi mốt đồng"},
        WordsCase{"1000000000000", "Một nghìn tỷ đồng"},
        WordsCase{"1500000000000", "Một nghìn năm trăm tỷ đồng"},
        WordsCase{"1000000005000", "Một nghìn tỷ không trăm linh năm nghìn đồng"},
        WordsCase{"1000000000000000", "Một triệu tỷ đồng"},
        WordsCase{"999999999999999999",
                  "Chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín "
                  "mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn "
                  "chín trăm chín mươi chín đồng"}));

INSTANTIATE_TEST_SUITE_P(
    RoundedToWholeDong, ViWords,
    ::testing::Values(WordsCase{"0.4", "Không đồng"}, WordsCase{"0.5", "Một đồng"},
                      WordsCase{"12345.5", "Mười hai nghìn ba trăm bốn mươi sáu đồng"},
                      WordsCase{"104999.49",
                                "Một trăm linh bốn nghìn chín trăm chín mươi chín "
                                "đồng"}));

TEST(ViWordsOptions, WithoutDong) {
  EXPECT_EQ(vi_words(dec("105000"), false), "Một trăm linh năm nghìn");
  EXPECT_EQ(vi_words(dec("0"), false), "Không");
  EXPECT_EQ(vi_words(dec("21"), false), "Hai mươi mốt");
}

TEST(ViWordsOptions, Errors) {
  EXPECT_THROW(vi_words(dec("-1")), std::domain_error);
  EXPECT_THROW(vi_words(dec("-0.6")), std::domain_error);
  EXPECT_THROW(vi_words(dec("1000000000000000000")), std::domain_error);
  EXPECT_THROW(vi_words(dec("999999999999999999.5")), std::domain_error);  // rounds to 10^18
}

}  // namespace
}  // namespace formwork
