// TextTemplate: literal text with {{ expression }} placeholders.
#include <gtest/gtest.h>

#include <string>

#include "expr/expression.h"
#include "test_values.h"

namespace formwork {
namespace {

using testing::num;
using testing::obj;

class Text : public ::testing::Test {
 protected:
  Value record = obj({{"编号", Value("鲁人社字〔2016〕135号")},
                      {"年", Value(2016)},
                      {"总额", num("4001132.90")},
                      {"负责人", Value()}});
  Scope scope{record};
};

TEST_F(Text, RendersLiteralsAndPlaceholders) {
  auto t = TextTemplate::parse("{{编号}}-验收表", {});
  EXPECT_TRUE(t.has_placeholders());
  EXPECT_EQ(t.render(scope), "鲁人社字〔2016〕135号-验收表");
  EXPECT_EQ(TextTemplate::parse("共{{ 总额 | money }}元，{{年}}年", {}).render(scope),
            "共4,001,132.90元，2016年");
  EXPECT_EQ(TextTemplate::parse("[{{负责人}}]", {}).render(scope), "[]");
  EXPECT_EQ(TextTemplate::parse("a }} b { c", {}).render(scope), "a }} b { c");
}

TEST_F(Text, NoPlaceholders) {
  auto t = TextTemplate::parse("纯文本", {});
  EXPECT_FALSE(t.has_placeholders());
  EXPECT_EQ(t.render(scope), "纯文本");
  EXPECT_EQ(t.render_value(scope), Value("纯文本"));
  EXPECT_EQ(TextTemplate::parse("", {}).render(scope), "");
}

TEST_F(Text, RenderValueKeepsTypesOfASinglePlaceholder) {
  EXPECT_EQ(TextTemplate::parse("{{总额}}", {}).render_value(scope), num("4001132.9"));
  EXPECT_TRUE(TextTemplate::parse("{{ 总额 }}", {}).render_value(scope).is_number());
  EXPECT_EQ(TextTemplate::parse(" {{总额}}", {}).render_value(scope), Value(" 4001132.9"));
  EXPECT_EQ(TextTemplate::parse("{{年}}{{年}}", {}).render_value(scope), Value("20162016"));
}

TEST_F(Text, StringsMayHoldBraces) {
  EXPECT_EQ(TextTemplate::parse("{{ '}}' + '{{' }}!", {}).render(scope), "}}{{!");
}

TEST_F(Text, ErrorsCarryTheColumnInTheTemplate) {
  try {
    TextTemplate::parse("编号：{{编号", SourceLoc{"a.xml", 7, 12});
    FAIL();
  } catch (const TemplateError& e) {
    EXPECT_EQ(e.message, "unclosed '{{'");
    EXPECT_EQ(e.loc.line, 7);
    EXPECT_EQ(e.loc.column, 15);
  }
  try {
    TextTemplate::parse("第二行\n  金额：{{ 总额 | 大写 }}", SourceLoc{"a.xml", 7, 12});
    FAIL();
  } catch (const TemplateError& e) {
    EXPECT_EQ(e.message, "unknown filter '大写'");
    EXPECT_EQ(e.loc.line, 8);
    EXPECT_EQ(e.loc.column, 14);
  }
  try {
    TextTemplate::parse("x{{ }}", SourceLoc{"a.xml", 1, 1});
    FAIL();
  } catch (const TemplateError& e) {
    EXPECT_EQ(e.message, "empty expression");
    EXPECT_EQ(e.loc.column, 4);
  }
  auto t = TextTemplate::parse("签字：{{经办人}}", SourceLoc{"a.xml", 3, 5});
  try {
    t.render(scope);
    FAIL();
  } catch (const TemplateError& e) {
    EXPECT_EQ(std::string(e.what()), "a.xml:3:10: unknown name '经办人'");
  }
}

}  // namespace
}  // namespace formwork
