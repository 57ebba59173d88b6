// XlsxTemplate: rows repeated and dropped, typed cells, headers, package.
#include "xlsx_template_fixture.h"

namespace formwork::xlsx_template_test {
namespace {

Value trips(int n) {
  Array items;
  for (int i = 1; i <= n; ++i) {
    items.push_back(obj({{"城市", Value("城" + std::to_string(i))}, {"金额", Value(i * 100)}}));
  }
  return Value(std::move(items));
}

// Row 1 title, row 2 the repeated row, row 3 the total below.
std::vector<TestSheet> trip_sheet() {
  return {{"Sheet1", row(1, str("A1", "单位：{{单位}}")) +
                         row(2,
                             str("A2", "{{#each 行程}}{{index}}") + str("B2", "{{城市}}") +
                                 str("C2", "{{金额}}{{/each}}"),
                             " ht=\"30\" customHeight=\"1\"") +
                         row(3, str("A3", "合计") + fml("C3", "SUM(C2:C2)"))}};
}

TEST(XlsxTemplateRows, RepeatsRowPerItemAndShiftsRowsBelow) {
  XlsxTemplate t = load_book(trip_sheet());
  Filled out(t.fill(obj({{"单位", Value("财务处")}, {"行程", trips(3)}})));
  EXPECT_EQ(out.rows(), "1 2 3 4 5");
  EXPECT_EQ(out.value("A1"), "单位：财务处");
  EXPECT_EQ(out.value("A2"), "1");
  EXPECT_EQ(out.type("A2"), "");  // a number
  EXPECT_EQ(out.value("B3"), "城2");
  EXPECT_EQ(out.value("C4"), "300");
  EXPECT_EQ(out.value("A5"), "合计");
  EXPECT_EQ(out.formula("C5"), "SUM(C2:C4)");
  EXPECT_EQ(out.value("C5"), "600");
  // Row attributes are kept per copy.
  EXPECT_STREQ(out.sheet().select_node("//row[@r='4']").node().attribute("ht").value(), "30");
}

TEST(XlsxTemplateRows, OneItemKeepsTheRow) {
  XlsxTemplate t = load_book(trip_sheet());
  Filled out(t.fill(obj({{"单位", Value("x")}, {"行程", trips(1)}})));
  EXPECT_EQ(out.rows(), "1 2 3");
  EXPECT_EQ(out.formula("C3"), "SUM(C2:C2)");
  EXPECT_EQ(out.value("C3"), "100");
}

TEST(XlsxTemplateRows, NoItemsRemovesTheRowAndZeroesItsReferences) {
  XlsxTemplate t = load_book(trip_sheet());
  Filled out(t.fill(obj({{"单位", Value("x")}, {"行程", Value(Array{})}})));
  EXPECT_EQ(out.rows(), "1 2");
  EXPECT_EQ(out.value("A2"), "合计");
  EXPECT_EQ(out.formula("C2"), "SUM(0)");
  EXPECT_EQ(out.value("C2"), "0");
}

TEST(XlsxTemplateRows, NestedEachRepeatsInnerRowsPerOuterItem) {
  std::vector<TestSheet> s{
      {"S", row(1, str("A1", "{{#each 部门}}{{名称}}")) +
                row(2, str("B2", "{{#each 人员}}{{this}}{{/each}}")) +
                row(3, str("A3", "小计") + fml("B3", "COUNTA(B2:B2)") + str("C3", "{{/each}}")) +
                row(4, str("A4", "end"))}};
  XlsxTemplate t = load_book(s);
  Value depts(Array{obj({{"名称", Value("甲")}, {"人员", Value(Array{Value("a"), Value("b")})}}),
                    obj({{"名称", Value("乙")}, {"人员", Value(Array{Value("c")})}})});
  Filled out(t.fill(obj({{"部门", depts}})));
  EXPECT_EQ(out.rows(), "1 2 3 4 5 6 7 8");
  EXPECT_EQ(out.value("A1"), "甲");
  EXPECT_EQ(out.value("B2"), "a");
  EXPECT_EQ(out.value("B3"), "b");
  EXPECT_EQ(out.formula("B4"), "COUNTA(B2:B3)");
  EXPECT_EQ(out.value("B4"), "2");
  EXPECT_EQ(out.value("A5"), "乙");
  EXPECT_EQ(out.value("B6"), "c");
  EXPECT_EQ(out.formula("B7"), "COUNTA(B6:B6)");
  EXPECT_EQ(out.value("A8"), "end");
}

TEST(XlsxTemplateRows, IfElseKeepsOneBranch) {
  std::vector<TestSheet> s{{"S", row(1, str("A1", "{{#if 退}}应退")) +
                                     row(2, str("A2", "{{else}}")) +
                                     row(3, str("A3", "应补{{/if}}")) + row(4, str("A4", "end"))}};
  XlsxTemplate t = load_book(s);
  Filled yes(t.fill(obj({{"退", Value(true)}})));
  EXPECT_EQ(yes.rows(), "1 2");
  EXPECT_EQ(yes.value("A1"), "应退");
  EXPECT_EQ(yes.value("A2"), "end");
  Filled no(t.fill(obj({{"退", Value(false)}})));
  EXPECT_EQ(no.rows(), "1 2");
  EXPECT_EQ(no.value("A1"), "应补");
}

TEST(XlsxTemplateRows, OneRowIfDropsTheRow) {
  std::vector<TestSheet> s{
      {"S", row(1, str("A1", "{{#if x}}kept{{/if}}")) + row(2, str("A2", "end"))}};
  XlsxTemplate t = load_book(s);
  EXPECT_EQ(Filled(t.fill(obj({{"x", Value(1)}}))).rows(), "1 2");
  Filled out(t.fill(obj({{"x", Value(0)}})));
  EXPECT_EQ(out.rows(), "1");
  EXPECT_EQ(out.value("A1"), "end");
}

TEST(XlsxTemplateRows, TypedCells) {
  std::vector<TestSheet> s{
      {"S", row(1, str("A1", "{{金额}}", 3) + str("B1", "{{日期}}", 1) + str("C1", "{{日期}}", 2) +
                       str("D1", "{{日期}}") + str("E1", "{{真}}") + str("F1", "{{空}}", 3) +
                       str("G1", "{{公式}}") + str("H1", "{{没有 | default(null)}}"))}};
  XlsxTemplate t = load_book(s);
  Filled out(t.fill(obj({{"金额", num_value("12345678.905")},
                         {"日期", Value("2024-05-20")},
                         {"真", Value(true)},
                         {"空", Value(nullptr)},
                         {"公式", Value("=1+1")}})));
  EXPECT_EQ(out.value("A1"), "12345678.905");
  EXPECT_EQ(out.type("A1"), "");
  EXPECT_STREQ(out.cell("A1").attribute("s").value(), "3");
  EXPECT_EQ(out.value("B1"), "45432");       // 2024-05-20 in the 1900 system
  EXPECT_EQ(out.value("C1"), "45432");       // custom 年月日 format
  EXPECT_EQ(out.value("D1"), "2024-05-20");  // General: the text
  EXPECT_EQ(out.type("D1"), "inlineStr");
  EXPECT_EQ(out.type("E1"), "b");
  EXPECT_EQ(out.value("E1"), "1");
  EXPECT_FALSE(out.cell("F1").child("v"));
  EXPECT_STREQ(out.cell("F1").attribute("s").value(), "3");
  EXPECT_EQ(out.type("G1"), "inlineStr");
  EXPECT_EQ(out.value("G1"), "=1+1");
  EXPECT_FALSE(out.cell("G1").child("f"));
  EXPECT_FALSE(out.cell("H1").child("v"));
}

TEST(XlsxTemplateRows, Date1904System) {
  BookOptions o;
  o.date1904 = true;
  XlsxTemplate t = load_book({{"S", row(1, str("A1", "{{d}}", 1))}}, o);
  Filled out(t.fill(obj({{"d", Value("2024-05-20")}})));
  EXPECT_EQ(out.value("A1"), "43970");
}

TEST(XlsxTemplateRows, SharedAndRichTextStrings) {
  BookOptions o;
  // A tag split over two runs with different formatting, as Excel saves it.
  o.shared = {"<t>plain</t>", "<r><rPr><b/></rPr><t>编号：{{编</t></r><r><t>号}}</t></r>"};
  XlsxTemplate t = load_book(
      {{"S", row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\" s=\"3\"><v>1</v></c>")}},
      o);
  Filled out(t.fill(obj({{"编号", Value("A<&>1")}})));
  EXPECT_EQ(out.type("A1"), "s");
  EXPECT_EQ(out.value("A1"), "0");
  EXPECT_EQ(out.type("B1"), "inlineStr");
  EXPECT_EQ(out.value("B1"), "编号：A<&>1");
  EXPECT_STREQ(out.cell("B1").attribute("s").value(), "3");
}

TEST(XlsxTemplateRows, ForbiddenCharactersDroppedFromText) {
  XlsxTemplate t = load_book({{"S", row(1, str("A1", "x{{v}}"))}});
  Filled out(t.fill(obj({{"v", Value(std::string("a\x01"
                                                 "b\r\nc"))}})));
  EXPECT_EQ(out.value("A1"), "xab\nc");
}

TEST(XlsxTemplateRows, HeaderAmpersandDoubled) {
  XlsxTemplate t = load_book({{"S", row(1, str("A1", "x")),
                               "<headerFooter><oddHeader>&amp;C{{单位}}</"
                               "oddHeader><oddFooter>&amp;P</oddFooter></headerFooter>"}});
  Filled out(t.fill(obj({{"单位", Value("R&D 部")}})));
  EXPECT_STREQ(out.sheet().child("headerFooter").child("oddHeader").text().get(), "&CR&&D 部");
  EXPECT_STREQ(out.sheet().child("headerFooter").child("oddFooter").text().get(), "&P");
}

TEST(XlsxTemplateRows, CalcChainRemoved) {
  BookOptions o;
  o.calc_chain = true;
  XlsxTemplate t = load_book({{"S", row(1, num("A1", "2") + fml("B1", "A1*2"))}}, o);
  Filled out(t.fill(obj({})));
  EXPECT_FALSE(out.part("xl/calcChain.xml"));
  EXPECT_EQ(out.part("[Content_Types].xml")->find("calcChain"), std::string::npos);
  EXPECT_EQ(out.part("xl/_rels/workbook.xml.rels")->find("calcChain"), std::string::npos);
  EXPECT_NE(out.part("xl/workbook.xml")->find("calcPr"), std::string::npos);
  EXPECT_EQ(out.value("B1"), "4");
}

TEST(XlsxTemplateRows, SameRecordGivesIdenticalBytes) {
  XlsxTemplate t = load_book(trip_sheet());
  Value record = obj({{"单位", Value("x")}, {"行程", trips(3)}});
  EXPECT_EQ(t.fill(record), t.fill(record));
}

TEST(XlsxTemplateRows, AsNameAndOuterFieldsVisible) {
  XlsxTemplate t =
      load_book({{"S", row(1, str("A1", "{{#each 行程 as 程}}{{程.城市}}-{{单位}}{{/each}}"))}});
  Filled out(t.fill(obj({{"单位", Value("u")}, {"行程", trips(2)}})));
  EXPECT_EQ(out.value("A1"), "城1-u");
  EXPECT_EQ(out.value("A2"), "城2-u");
}

}  // namespace
}  // namespace formwork::xlsx_template_test
