// <form locale>: filters, cells' shown values and spreadsheet number formats
// follow the form's locale; a cell showing its own value with a
// number-format shows it as the spreadsheet does.
#include "template_test_util.h"

namespace formwork::test {
namespace {

class FormLocales : public TemplateTest {};

const char* kBody = R"(<p>{{ x | money }} {{ r | percent(1) }} {{ d | date }}</p>
<table widths="1,1,1,1">
  <row>
    <cell value="{{x}}" format="money"/>
    <cell value="{{r}}" format="percent"/>
    <cell value="{{one}}" number-format="0.00"/>
    <cell value="{{x}}" format="money">{{x}} 元</cell>
  </row>
</table>)";
const char* kData = R"({"x": 1234.5, "r": 0.125, "one": 1, "d": "2023-02-05"})";

TEST_F(FormLocales, ChineseIsTheDefault) {
  Document d = render(form(kBody), kData);
  EXPECT_EQ(para(d, 0).text(), "1,234.50 12.5% 2023年2月5日");
  const Row& row = table(d, 1).rows[0];
  EXPECT_EQ(cell_text(row.cells[0]), "1,234.50");
  EXPECT_EQ(row.cells[0].value.number_format, "#,##0.00");
  EXPECT_EQ(cell_text(row.cells[1]), "12.50%");
  EXPECT_EQ(cell_text(row.cells[2]), "1.00");  // was "1": the format applied only in XLSX
  EXPECT_EQ(row.cells[2].value.number_format, "0.00");
}

TEST_F(FormLocales, VietnameseWritesNumbersAndDatesAsNghiDinh30) {
  Document d = render(form(kBody, "locale=\"vi-VN\""), kData);
  EXPECT_EQ(para(d, 0).text(), "1.234,50 12,5% ngày 05 tháng 02 năm 2023");
  const Row& row = table(d, 1).rows[0];
  EXPECT_EQ(cell_text(row.cells[0]), "1.234,50");
  EXPECT_EQ(row.cells[0].value.number_format, "[$-42A]#,##0.00");
  EXPECT_EQ(cell_text(row.cells[1]), "12,50%");
  EXPECT_EQ(row.cells[1].value.number_format, "[$-42A]0.00%");
  EXPECT_EQ(cell_text(row.cells[2]), "1,00");
  EXPECT_EQ(cell_text(row.cells[3]), "1234.5 元");  // content of its own is the template's
  ASSERT_TRUE(row.cells[0].value.number.has_value());
  EXPECT_EQ(row.cells[0].value.number->to_string(), "1234.5");  // the number stays a number
}

TEST_F(FormLocales, DateCellsHoldSpreadsheetDates) {
  const std::string body =
      "<table widths=\"1\"><row><cell value=\"{{d}}\" format=\"date\"/></row>"
      "</table>";
  for (const char* locale : {"zh-CN", "vi-VN"}) {
    Document d =
        render(form(body, std::string("locale=\"") + locale + "\""), R"({"d": "2023-02-05"})");
    const Cell& c = table(d, 0).rows[0].cells[0];
    ASSERT_TRUE(c.value.number.has_value());
    EXPECT_EQ(c.value.number->to_string(), "44962");  // Excel: =DATE(2023,2,5)
    const bool vi = std::string(locale) == "vi-VN";
    EXPECT_EQ(cell_text(c), vi ? "05/02/2023" : "2023年2月5日");
    EXPECT_EQ(c.value.number_format, vi ? "[$-42A]dd/mm/yyyy" : "yyyy\"年\"m\"月\"d\"日\"");
  }
  EXPECT_NE(render_error(form(body), R"({"d": "2023-02-30"})").message.find("not a valid ISO date"),
            std::string::npos);
  EXPECT_NE(render_error(form(body), R"({"d": 20230205})").message.find("needs an ISO date"),
            std::string::npos);
  EXPECT_NE(render_error(form(body), R"({"d": "1899-12-31"})").message.find("before 1900-03-01"),
            std::string::npos);
  EXPECT_EQ(cell_text(table(render(form(body), R"({"d": null})"), 0).rows[0].cells[0]), "");
}

TEST_F(FormLocales, UnknownLocaleIsALoadError) {
  TemplateError e = load_error(form("<p>x</p>", "locale=\"vi\""));
  EXPECT_NE(e.message.find("must be zh-CN or vi-VN"), std::string::npos);
}

TEST_F(FormLocales, ANumberFormatNoTextCanFollowNeedsContent) {
  const std::string body =
      "<table widths=\"1\"><row><cell value=\"{{one}}\" "
      "number-format=\"[Red]0\"/></row></table>";
  TemplateError e = render_error(form(body), R"({"one": 1})");
  EXPECT_NE(e.message.find("only a spreadsheet can show"), std::string::npos);
  // With content of its own, the spreadsheet alone applies it.
  Document d = render(form("<table widths=\"1\"><row><cell value=\"{{one}}\" "
                           "number-format=\"[Red]0\">1</cell></row></table>"),
                      R"({"one": 1})");
  EXPECT_EQ(table(d, 0).rows[0].cells[0].value.number_format, "[Red]0");
}

}  // namespace
}  // namespace formwork::test
