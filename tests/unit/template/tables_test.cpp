// Tables: rows and cells from <each>/<if>/<set>, spans, grid validation,
// typed values, formats and formulas, labels and paragraph-mode cells.
#include "template_test_util.h"

namespace formwork::test {
namespace {

class Tables : public TemplateTest {};

TEST_F(Tables, TableAttributesAndInheritedCellStyle) {
  Document d = render(
      form("<table widths=\"18,32, 18 ,32\" borders=\"false\" padding=\"2\" size=\"10\" "
           "align=\"right\">"
           "<row header=\"true\" height=\"10\"><cell "
           "label=\"true\">项目号</cell><cell>{{编号}}</cell>"
           "<cell colspan=\"2\" align=\"left\" valign=\"top\" font=\"hei\">x</cell></row></table>"),
      R"({"编号": "2016-07"})");
  const Table& t = table(d, 0);
  EXPECT_EQ(t.column_widths, (std::vector<double>{18, 32, 18, 32}));
  EXPECT_FALSE(t.borders);
  EXPECT_EQ(t.cell_padding_mm, 2);
  ASSERT_EQ(t.rows.size(), 1u);
  const Row& r = t.rows[0];
  EXPECT_TRUE(r.header);
  EXPECT_EQ(r.min_height_mm, 10);
  ASSERT_EQ(r.cells.size(), 3u);
  EXPECT_TRUE(r.cells[0].shaded);
  EXPECT_EQ(r.cells[0].align, Align::Center);  // label centres unless the cell says otherwise
  EXPECT_EQ(r.cells[0].paragraphs.at(0).align, Align::Center);
  EXPECT_EQ(cell_text(r.cells[0]), "项目号");
  EXPECT_FALSE(r.cells[1].shaded);
  EXPECT_EQ(r.cells[1].align, Align::Right);  // from the table
  EXPECT_EQ(r.cells[1].paragraphs.at(0).runs.at(0).style.size_pt, 10);
  EXPECT_EQ(cell_text(r.cells[1]), "2016-07");
  EXPECT_EQ(r.cells[1].valign, VAlign::Middle);
  EXPECT_EQ(r.cells[2].colspan, 2);
  EXPECT_EQ(r.cells[2].align, Align::Left);
  EXPECT_EQ(r.cells[2].valign, VAlign::Top);
  EXPECT_EQ(r.cells[2].paragraphs.at(0).runs.at(0).style.font_role, "hei");
  EXPECT_EQ(r.cells[2].paragraphs.at(0).runs.at(0).style.size_pt, 10);
}

TEST_F(Tables, RowsFromEachAndIf) {
  std::string xml = form(
      "<table widths=\"1,3,2\">"
      "  <row header=\"true\"><cell>序号</cell><cell>名称</cell><cell>金额</cell></row>"
      "  <each in=\"费用\" as=\"项\" index=\"序号\">"
      "    <row><cell>{{序号}}</cell><cell>{{项.名称}}</cell>"
      "      <cell value=\"{{项.金额}}\" format=\"money\"/></row>"
      "  </each>"
      "  <if test=\"单位自筹资金 > 0\"><row><cell colspan=\"2\">自筹</cell>"
      "    <cell value=\"{{单位自筹资金}}\" format=\"money\"/></row></if>"
      "</table>");
  Document d = render(xml, R"({"费用": [{"名称": "设备费", "金额": 12345.5},
                                       {"名称": "材料费", "金额": 0.456}],
                              "单位自筹资金": 1000})");
  const Table& t = table(d, 0);
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(cell_text(t.rows[1].cells[0]), "1");
  EXPECT_EQ(cell_text(t.rows[2].cells[0]), "2");
  EXPECT_EQ(cell_text(t.rows[2].cells[1]), "材料费");
  EXPECT_EQ(cell_text(t.rows[1].cells[2]), "12,345.50");
  EXPECT_EQ(cell_text(t.rows[2].cells[2]), "0.46");
  EXPECT_EQ(t.rows[3].cells.size(), 2u);
  EXPECT_EQ(cell_text(t.rows[3].cells[1]), "1,000.00");
  Document none = render(xml, R"({"费用": [], "单位自筹资金": 0})");
  EXPECT_EQ(table(none, 0).rows.size(), 1u);
}

TEST_F(Tables, CellsFromEachAndIfInARow) {
  Document d = render(form("<table widths=\"1,1,1,1\"><row><cell>年度</cell>"
                           "<each in=\"年\" as=\"y\"><cell>{{y}}</cell></each>"
                           "<if test=\"false\"><cell>x</cell></if></row></table>"),
                      R"({"年": [2016, 2017, 2018]})");
  const Row& r = table(d, 0).rows.at(0);
  ASSERT_EQ(r.cells.size(), 4u);
  EXPECT_EQ(cell_text(r.cells[3]), "2018");
}

// Issue 11: the column count comes from the data (a matrix of departments
// × communities): widths="{{…}}" gives a list of weights and "30mm" items.
TEST_F(Tables, WidthsFromTheData) {
  const std::string xml = form(
      "<table widths=\"{{ [if(i == 0, '30mm', 1) for i in range(0, count(部门))] }}\">"
      "<row><cell>社区</cell><each in=\"部门\" as=\"d\"><cell>{{d}}</cell></each></row>"
      "</table>");
  Document three = render(xml, R"({"部门": ["城管", "民政", "财政"]})");
  const Table& t = table(three, 0);
  EXPECT_EQ(t.column_widths, (std::vector<double>{0, 1, 1, 1}));
  EXPECT_EQ(t.column_widths_mm, (std::vector<double>{30, 0, 0, 0}));
  ASSERT_EQ(t.rows[0].cells.size(), 4u);
  Document nine = render(xml, R"({"部门": ["1", "2", "3", "4", "5", "6", "7", "8", "9"]})");
  EXPECT_EQ(table(nine, 0).column_widths.size(), 10u);
  EXPECT_TRUE(table(nine, 0).column_widths_mm.size() == 10u);
}

// Issue 11: "auto" columns take their width from their content
// (model/auto_widths.h), beside fixed ones; weights and "auto" do not mix.
TEST_F(Tables, AutoWidthsFollowTheContent) {
  Document d =
      render(form("<table widths=\"12mm, auto,auto\"><row><cell>1</cell><cell>a</cell>"
                  "<cell>b</cell></row></table>"));
  const Table& t = table(d, 0);
  EXPECT_EQ(t.column_auto, (std::vector<bool>{false, true, true}));
  EXPECT_EQ(t.column_widths_mm, (std::vector<double>{12, 0, 0}));
  Document all = render(form("<table widths=\"auto\"><row><cell>a</cell></row></table>"));
  EXPECT_EQ(table(all, 0).column_auto, (std::vector<bool>{true}));
  TemplateError e =
      load_error(form("<table widths=\"1,auto\"><row><cell>a</cell><cell>b</cell>"
                      "</row></table>"));
  EXPECT_NE(e.message.find("\"auto\" (widths that follow the content)"), std::string::npos)
      << e.message;
}

TEST_F(Tables, RowKeepWithNext) {
  Document d =
      render(form("<table widths=\"1\"><row keep-with-next=\"true\"><cell>小计</cell>"
                  "</row><row><cell>合计</cell></row></table>"));
  const Table& t = table(d, 0);
  EXPECT_TRUE(t.rows[0].keep_with_next);
  EXPECT_FALSE(t.rows[1].keep_with_next);
}

TEST_F(Tables, WidthsFromTheDataMustBeAListOfWidths) {
  TemplateError e =
      render_error(form("<p>x</p>\n<table widths=\"{{ 宽 }}\"><row><cell>a</cell></row></table>"),
                   R"({"宽": [1, "x"]})");
  EXPECT_EQ(e.loc.line, 3);
  EXPECT_NE(e.message.find("widths {{ 宽 }} must be a comma-separated list"), std::string::npos)
      << e.message;
  EXPECT_NE(e.message.find("got [1,\"x\"]"), std::string::npos) << e.message;
  e = render_error(form("<table widths=\"{{ 宽 }}\"><row><cell>a</cell></row></table>"),
                   R"({"宽": 2})");
  EXPECT_NE(e.message.find("as a list; got 2"), std::string::npos) << e.message;
  e = render_error(
      form("<table widths=\"{{ 宽 }}\"><row><cell>a</cell><cell>b</cell></row></table>"),
      R"({"宽": [1]})");  // fewer columns than cells: the grid says so
  EXPECT_NE(e.message.find("row 1"), std::string::npos) << e.message;
}

TEST_F(Tables, RowspanAndColspan) {
  Document d =
      render(form("<table widths=\"1,1,1\">"
                  "<row><cell rowspan=\"2\">A</cell><cell colspan=\"2\">B</cell></row>"
                  "<row><cell>C</cell><cell>D</cell></row></table>"));
  const Table& t = table(d, 0);
  EXPECT_EQ(t.rows[0].cells[0].rowspan, 2);
  EXPECT_EQ(t.rows[0].cells[1].colspan, 2);
  EXPECT_EQ(t.rows[1].cells.size(), 2u);
}

TEST_F(Tables, TooManyCellsIsAnErrorAtTheTableLine) {
  TemplateError e =
      render_error(form("<p>x</p>\n<table widths=\"1,1\">\n"
                        "<row><cell rowspan=\"2\">A</cell><cell>B</cell></row>\n"
                        "<row><cell>C</cell><cell>D</cell></row></table>"));
  EXPECT_EQ(e.loc.line, 3);
  EXPECT_EQ(e.loc.column, 1);
  EXPECT_NE(e.message.find("row 2"), std::string::npos);
}

TEST_F(Tables, EmptyTablesAreDropped) {
  Document d = render(form("<table widths=\"1\"><each in=\"xs\" as=\"x\"><row><cell/></row>"
                           "</each></table><p>after</p>"),
                      R"({"xs": []})");
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(para(d, 0).text(), "after");
}

TEST_F(Tables, ValueFormats) {
  Document d = render(form("<table widths=\"1,1,1,1,1,1,1,1\"><row>"
                           "<cell value=\"{{m}}\" format=\"money\"/>"
                           "<cell value=\"{{m}}\" format=\"integer\"/>"
                           "<cell value=\"{{r}}\" format=\"percent\"/>"
                           "<cell value=\"{{r}}\" format=\"number\"/>"
                           "<cell value=\"{{m}}\"/>"
                           "<cell value=\"{{s}}\"/>"
                           "<cell value=\"{{m}}\" format=\"money\">见附表</cell>"
                           "<cell value=\"{{ n | default(null) }}\" format=\"money\"/>"
                           "</row></table>"),
                      R"({"m": -1234567.5, "r": 0.40873, "s": "文本"})");
  const auto& c = table(d, 0).rows.at(0).cells;
  ASSERT_EQ(c.size(), 8u);
  EXPECT_EQ(cell_text(c[0]), "-1,234,567.50");
  EXPECT_EQ(c[0].value.number_format, "#,##0.00");
  EXPECT_EQ(c[0].value.number, Decimal::parse("-1234567.5"));
  EXPECT_EQ(cell_text(c[1]), "-1234568");
  EXPECT_EQ(c[1].value.number_format, "0");
  EXPECT_EQ(cell_text(c[2]), "40.87%");
  EXPECT_EQ(c[2].value.number_format, "0.00%");
  EXPECT_EQ(c[2].value.number, Decimal::parse("0.40873"));
  EXPECT_EQ(cell_text(c[3]), "0.40873");
  EXPECT_EQ(c[3].value.number_format, "General");
  EXPECT_EQ(cell_text(c[4]), "-1234567.5");
  EXPECT_EQ(c[4].value.number_format, "");
  EXPECT_TRUE(c[4].value.number.has_value());
  EXPECT_EQ(cell_text(c[5]), "文本");
  EXPECT_FALSE(c[5].value.number.has_value());
  EXPECT_EQ(cell_text(c[6]), "见附表");  // own content wins; the number stays typed
  EXPECT_TRUE(c[6].value.number.has_value());
  EXPECT_EQ(cell_text(c[7]), "");
  EXPECT_FALSE(c[7].value.number.has_value());
  EXPECT_EQ(c[7].paragraphs.size(), 1u);
}

TEST_F(Tables, NonNumberWithMoneyFormatIsAnErrorNamingTheLine) {
  TemplateError e = render_error(form("<table widths=\"1\">\n<row>\n"
                                      "  <cell value=\"{{m}}\" format=\"money\"/></row></table>"),
                                 R"({"m": "一千元"})");
  EXPECT_EQ(e.loc.line, 4);
  EXPECT_EQ(e.loc.column, 16);
  EXPECT_NE(e.message.find("一千元"), std::string::npos);
  EXPECT_NE(e.message.find("money"), std::string::npos);
  EXPECT_NE(std::string(e.what()).find("t.xml:4:16"), std::string::npos);
}

TEST_F(Tables, FormulaIsKeptVerbatim) {
  Document d =
      render(form("<table widths=\"1\"><row>"
                  "<cell value=\"{{合计}}\" format=\"money\" formula=\"SUM(R[-7]C:R[-1]C)\"/>"
                  "</row><row><cell formula=\"R[-1]C*2\" format=\"integer\"/></row>"
                  "</table>"),
             R"({"合计": 90})");
  const Table& t = table(d, 0);
  const Cell& c = t.rows[0].cells[0];
  EXPECT_EQ(c.value.formula_r1c1, "SUM(R[-7]C:R[-1]C)");
  EXPECT_EQ(c.value.number, Decimal(90));
  EXPECT_EQ(cell_text(c), "90.00");
  const Cell& f = t.rows[1].cells[0];
  EXPECT_EQ(f.value.formula_r1c1, "R[-1]C*2");
  EXPECT_EQ(f.value.number_format, "0");
  EXPECT_FALSE(f.value.number.has_value());
}

TEST_F(Tables, FormulaPlaceholdersTakeWholeNumbersOnly) {
  // The settlement sheet sums however many item rows its <each> produced.
  Document d = render(form("<table widths=\"1\"><row>"
                           "<cell formula=\"SUM(R[-{{count(费用)}}]C:R[-1]C)\" format=\"money\"/>"
                           "</row></table>"),
                      R"({"费用": [1, 2, 3]})");
  EXPECT_EQ(table(d, 0).rows[0].cells[0].value.formula_r1c1, "SUM(R[-3]C:R[-1]C)");
  // Text from data never enters a formula.
  TemplateError e = render_error(form("<table widths=\"1\"><row>"
                                      "<cell formula=\"R[-1]C+{{名}}\" format=\"money\"/>"
                                      "</row></table>"),
                                 R"j({"名": "1+HYPERLINK(\"x\")"})j");
  EXPECT_NE(e.message.find("whole number"), std::string::npos);
  TemplateError frac = render_error(form("<table widths=\"1\"><row>"
                                         "<cell formula=\"R[-{{n}}]C\" format=\"money\"/>"
                                         "</row></table>"),
                                    R"({"n": 1.5})");
  EXPECT_NE(frac.message.find("whole number"), std::string::npos);
}

TEST_F(Tables, CellWithParagraphs) {
  Document d =
      render(form("<table widths=\"1\" font=\"kai\"><row><cell align=\"center\">"
                  "  <p>第一段</p>"
                  "  <each in=\"xs\" as=\"x\"><p align=\"right\" bold=\"true\">{{x}}</p></each>"
                  "</cell></row><row><cell><if test=\"false\"><p>x</p></if></cell></row>"
                  "</table>"),
             R"({"xs": ["a", "b"]})");
  const Table& t = table(d, 0);
  const Cell& c = t.rows[0].cells[0];
  ASSERT_EQ(c.paragraphs.size(), 3u);
  EXPECT_EQ(cell_text(c), "第一段|a|b");
  EXPECT_EQ(c.paragraphs[0].align, Align::Center);
  EXPECT_EQ(c.paragraphs[0].runs[0].style.font_role, "kai");
  EXPECT_EQ(c.paragraphs[1].align, Align::Right);
  EXPECT_TRUE(c.paragraphs[1].runs[0].style.bold);
  EXPECT_EQ(t.rows[1].cells[0].paragraphs.size(), 1u);  // never zero paragraphs
}

TEST_F(Tables, EmptyCellHasOneEmptyParagraph) {
  Document d = render(form("<table widths=\"1\"><row><cell/></row></table>"));
  const Cell& c = table(d, 0).rows.at(0).cells.at(0);
  ASSERT_EQ(c.paragraphs.size(), 1u);
  EXPECT_TRUE(c.paragraphs[0].runs.empty());
  EXPECT_EQ(c.colspan, 1);
  EXPECT_EQ(c.rowspan, 1);
}

TEST_F(Tables, TableStyleDoesNotLeakIntoFollowingParagraphs) {
  Document d =
      render(form("<table widths=\"1\" size=\"9\"><row><cell>a</cell></row></table>"
                  "<p>b</p>"));
  EXPECT_EQ(para(d, 1).runs.at(0).style.size_pt, 12);
}

}  // namespace
}  // namespace formwork::test
