#include "validate/messages.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace formwork {
namespace {

TEST(Messages, TranslatesLabelRowsMessageAndValueSuffix) {
  const std::string line =
      "/费用/0/金额 (费用 row 1, 金额（元）): Expected number greater than or equal to 0 "
      "(value: -5)";
  EXPECT_EQ(translate_problem(line, Lang::zh),
            "/费用/0/金额 (费用 第1行, 金额（元）)：应不小于 0（值：-5）");
  EXPECT_EQ(translate_problem(line, Lang::vi),
            "/费用/0/金额 (费用 dòng 1, 金额（元）): phải lớn hơn hoặc bằng 0 (giá trị: -5)");
  EXPECT_EQ(translate_problem(line, Lang::en), line);
}

TEST(Messages, EveryLanguageForTheCommonKeywords) {
  EXPECT_EQ(translate_problem("/姓名: required, but missing", Lang::zh), "/姓名：必填项，但缺少");
  EXPECT_EQ(translate_problem("/姓名: required, but missing", Lang::vi),
            "/姓名: bắt buộc nhưng bị thiếu");
  EXPECT_EQ(translate_problem("/x: String should be no more than 40 characters in length "
                              "(value: \"0531…\")",
                              Lang::vi),
            "/x: tối đa 40 ký tự (giá trị: \"0531…\")");
  EXPECT_EQ(translate_problem("/n: 12.345 has 3 decimals, at most 2 allowed", Lang::zh),
            "/n：12.345 有 3 位小数，最多允许 2 位");
  EXPECT_EQ(
      translate_problem("/d: does not match the pattern ^20[0-9]{5}$ (value: \"1\")", Lang::zh),
      "/d：不符合格式 ^20[0-9]{5}$（值：\"1\"）");
}

TEST(Messages, ValueFromDataIsNeverTranslated) {
  // A value that reads like a message stays as typed.
  EXPECT_EQ(translate_problem("/a: Failed to match against any enum values (value: "
                              "\"required, but missing\")",
                              Lang::zh),
            "/a：不是允许的取值之一（值：\"required, but missing\"）");
}

TEST(Messages, UnknownMessageKeepsItsEnglishText) {
  EXPECT_EQ(translate_problem("/a: something new", Lang::vi), "/a: something new");
}

TEST(Messages, FrameSentences) {
  EXPECT_EQ(problems_header(3, 7, 2, Lang::en), "record 3 (line 7): 2 problems");
  EXPECT_EQ(problems_header(3, 7, 1, Lang::en), "record 3 (line 7): 1 problem");
  EXPECT_EQ(problems_header(3, 7, 2, Lang::zh), "第 3 条记录（第 7 行）：2 个问题");
  EXPECT_EQ(valid_summary(5, 6, "acceptance", Lang::vi), "5 trên 6 bản ghi hợp lệ theo acceptance");
  EXPECT_EQ(invalid_record_header(1, 1, Lang::en),
            "record 1 (line 1) is invalid, nothing written for it:");
}

TEST(Messages, LanguageFromOptionThenLocale) {
  EXPECT_EQ(message_language("vi"), Lang::vi);
  ::setenv("LC_ALL", "", 1);
  ::setenv("LC_MESSAGES", "zh_CN.UTF-8", 1);
  EXPECT_EQ(message_language(""), Lang::zh);
  EXPECT_EQ(message_language("en"), Lang::en);
  ::setenv("LC_ALL", "vi_VN.UTF-8", 1);
  EXPECT_EQ(message_language(""), Lang::vi);
  ::setenv("LC_ALL", "C.UTF-8", 1);
  EXPECT_EQ(message_language(""), Lang::en);
  ::unsetenv("LC_ALL");
  ::unsetenv("LC_MESSAGES");
}

}  // namespace
}  // namespace formwork
