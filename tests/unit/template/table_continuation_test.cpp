// <table continued="续表" carry-columns carry-labels carry-format>: the model
// gets the caption and the carry spec; bad values are load errors.
#include "template_test_util.h"

namespace formwork::test {
namespace {

class TableContinuation : public TemplateTest {};

const char* kRows = R"(<row header="true"><cell>序号</cell><cell>金额</cell><cell>拨款</cell></row>
  <row><cell>1</cell><cell value="{{a}}" format="money"/><cell value="{{b}}" format="money"/></row>)";

std::string tbl(const std::string& attrs) {
  return "<table widths=\"1,2,2\" size=\"10.5\" " + attrs + ">\n  " + kRows + "\n</table>";
}

TEST_F(TableContinuation, CaptionAndCarryReachTheModel) {
  Document d = render(form(tbl("continued=\"续表{{n}}\" carry-columns=\"2, 3\"")),
                      R"({"a": 1, "b": 2, "n": 3})");
  const Table& t = table(d, 0);
  ASSERT_TRUE(t.continued.has_value());
  EXPECT_EQ(t.continued->text(), "续表3");
  EXPECT_DOUBLE_EQ(t.continued->runs[0].style.size_pt, 10.5);
  ASSERT_TRUE(t.carry.has_value());
  EXPECT_EQ(t.carry->columns, (std::vector<int>{1, 2}));
  EXPECT_EQ(t.carry->over, "过次页");
  EXPECT_EQ(t.carry->carried, "承前页");
  EXPECT_EQ(t.carry->number_format, "#,##0.00");
  EXPECT_DOUBLE_EQ(t.carry->style.size_pt, 10.5);
}

TEST_F(TableContinuation, LabelsFormatAndLocaleFollowTheTemplate) {
  Document d = render(form(tbl("carry-columns=\"3\" carry-labels=\"Cộng chuyển trang sau, Trang "
                               "trước chuyển sang\" carry-format=\"#,##0\""),
                           "locale=\"vi-VN\""),
                      R"({"a": 1, "b": 2})");
  const TableCarry& c = *table(d, 0).carry;
  EXPECT_EQ(c.over, "Cộng chuyển trang sau");
  EXPECT_EQ(c.carried, "Trang trước chuyển sang");
  EXPECT_EQ(c.number_format, "#,##0");
  EXPECT_EQ(c.locale, FormLocale::ViVN);
  EXPECT_FALSE(table(d, 0).continued.has_value());
}

TEST_F(TableContinuation, BadCarryAttributesAreLoadErrors) {
  EXPECT_NE(load_error(form(tbl("carry-columns=\"4\""))).message.find("from 1 to 3"),
            std::string::npos);
  EXPECT_NE(load_error(form(tbl("carry-columns=\"3,2\""))).message.find("ascending"),
            std::string::npos);
  EXPECT_NE(load_error(form(tbl("carry-columns=\"1\""))).message.find("label"), std::string::npos);
  EXPECT_NE(load_error(form(tbl("carry-labels=\"a,b\""))).message.find("needs carry-columns"),
            std::string::npos);
  EXPECT_NE(load_error(form(tbl("carry-columns=\"2\" carry-labels=\"过次页\"")))
                .message.find("two labels"),
            std::string::npos);
}

TEST_F(TableContinuation, AFormatTheTotalsCannotBeWrittenWithIsARenderError) {
  TemplateError e =
      render_error(form(tbl("carry-columns=\"2\" carry-format=\"yyyy\"")), R"({"a": 1, "b": 2})");
  EXPECT_NE(e.message.find("only a spreadsheet can show"), std::string::npos);
}

}  // namespace
}  // namespace formwork::test
