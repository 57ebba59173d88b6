// XlsxTemplate: formulas, defined names, merges and other areas following
// the rows; cached values.
#include "xlsx/formula_shift.h"
#include "xlsx_template_fixture.h"

namespace formwork::xlsx_template_test {
namespace {

Value items(int n) {
  Array a;
  for (int i = 1; i <= n; ++i) a.push_back(obj({{"数量", Value(i)}, {"单价", Value(10)}}));
  return Value(std::move(a));
}

// Row 4 repeats: D = B*C within the row; row 6 totals; row 5 untouched.
std::vector<TestSheet> invoice(const std::string& after = "") {
  return {{"明细",
           row(1, str("A1", "标题")) + row(3, str("A3", "表头")) +
               row(4, str("A4", "{{#each 项目}}{{index}}") + str("B4", "{{数量}}") +
                          str("C4", "{{单价}}") + fml("D4", "B4*C4") + fml("E4", "$D$4+D4") +
                          str("F4", "{{/each}}")) +
               row(5, str("A5", "空")) +
               row(6, str("A6", "合计") + fml("D6", "SUM(D4:D4)") + fml("E6", "D6/COUNT(B3:B5)") +
                          fml("F6", "IF(D6>100,\"大\",\"小\")") + fml("G6", "D6/0")),
           after}};
}

TEST(XlsxTemplateRefs, FormulasInRepeatedRowsFollowTheirCopy) {
  XlsxTemplate t = load_book(invoice());
  Filled out(t.fill(obj({{"项目", items(3)}})));
  EXPECT_EQ(out.formula("D4"), "B4*C4");
  EXPECT_EQ(out.formula("D5"), "B5*C5");
  EXPECT_EQ(out.formula("D6"), "B6*C6");
  EXPECT_EQ(out.value("D6"), "30");
  // An absolute row refers to the first copy, as Excel keeps it on copying.
  EXPECT_EQ(out.formula("E6"), "$D$4+D6");
  EXPECT_EQ(out.value("E6"), "40");
}

TEST(XlsxTemplateRefs, RangesExpandAndRowsBelowShift) {
  XlsxTemplate t = load_book(invoice());
  Filled out(t.fill(obj({{"项目", items(3)}})));
  EXPECT_EQ(out.value("A7"), "空");
  EXPECT_EQ(out.formula("D8"), "SUM(D4:D6)");
  EXPECT_EQ(out.value("D8"), "60");
  EXPECT_EQ(out.formula("E8"), "D8/COUNT(B3:B7)");
  EXPECT_EQ(out.value("E8"), "20");
}

TEST(XlsxTemplateRefs, CachedTextAndErrorResults) {
  XlsxTemplate t = load_book(invoice());
  Filled out(t.fill(obj({{"项目", items(3)}})));
  EXPECT_EQ(out.type("F8"), "str");
  EXPECT_EQ(out.value("F8"), "小");
  EXPECT_EQ(out.type("G8"), "e");
  EXPECT_EQ(out.value("G8"), "#DIV/0!");
  EXPECT_EQ(out.type("D8"), "");
}

TEST(XlsxTemplateRefs, MergesDuplicatedShiftedAndExpanded) {
  XlsxTemplate t = load_book(
      invoice("<mergeCells count=\"4\"><mergeCell ref=\"B4:C4\"/><mergeCell ref=\"A6:C6\"/>"
              "<mergeCell ref=\"G3:G5\"/><mergeCell ref=\"A1:D1\"/></mergeCells>"));
  Filled out(t.fill(obj({{"项目", items(2)}})));
  EXPECT_EQ(out.merges(), "B4:C4 B5:C5 A7:C7 G3:G6 A1:D1");
  EXPECT_STREQ(out.sheet().child("mergeCells").attribute("count").value(), "5");
  Filled none(t.fill(obj({{"项目", items(0)}})));
  EXPECT_EQ(none.merges(), "A5:C5 G3:G4 A1:D1");
}

TEST(XlsxTemplateRefs, SheetAreasFollowRows) {
  XlsxTemplate t = load_book(
      invoice("<conditionalFormatting sqref=\"D4 D6\"><cfRule type=\"expression\" priority=\"1\">"
              "<formula>D6&gt;0</formula></cfRule></conditionalFormatting>"
              "<dataValidations count=\"1\"><dataValidation type=\"whole\" "
              "sqref=\"B4\"><formula1>0</formula1>"
              "</dataValidation></dataValidations>"
              "<rowBreaks count=\"1\" manualBreakCount=\"1\"><brk id=\"5\" max=\"16383\" "
              "man=\"1\"/></rowBreaks>"));
  Filled out(t.fill(obj({{"项目", items(3)}})));
  pugi::xml_node ws = out.sheet();
  EXPECT_STREQ(ws.child("conditionalFormatting").attribute("sqref").value(), "D4 D5 D6 D8");
  EXPECT_STREQ(ws.child("conditionalFormatting").child("cfRule").child("formula").text().get(),
               "D8>0");
  EXPECT_STREQ(ws.child("dataValidations").child("dataValidation").attribute("sqref").value(),
               "B4 B5 B6");
  EXPECT_STREQ(ws.child("rowBreaks").child("brk").attribute("id").value(), "7");
  EXPECT_STREQ(ws.child("dimension").attribute("ref").value(), "A1:F11");
}

TEST(XlsxTemplateRefs, OtherSheetsAndDefinedNamesFollow) {
  std::vector<TestSheet> sheets = invoice();
  sheets.push_back({"汇总", row(1, fml("A1", "明细!D6*2") + fml("B1", "SUM('明细'!D4:D4)") +
                                       fml("C1", "明细!A1"))});
  BookOptions o;
  o.defined_names =
      "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">明细!$A$1:$G$6</definedName>"
      "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">明细!$3:$3</definedName>"
      "<definedName name=\"金额\">'明细'!$D$4:$D$4</definedName>";
  XlsxTemplate t = load_book(sheets, o);
  Filled out(t.fill(obj({{"项目", items(3)}})));
  EXPECT_EQ(out.formula("A1", 2), "明细!D8*2");
  EXPECT_EQ(out.value("A1", 2), "120");
  EXPECT_EQ(out.formula("B1", 2), "SUM('明细'!D4:D6)");
  EXPECT_EQ(out.value("B1", 2), "60");
  EXPECT_EQ(out.formula("C1", 2), "明细!A1");
  EXPECT_EQ(out.type("C1", 2), "str");
  EXPECT_EQ(out.value("C1", 2), "标题");
  pugi::xml_node names = out.xml("xl/workbook.xml").document_element().child("definedNames");
  std::vector<std::string> texts;
  for (pugi::xml_node n : names.children("definedName")) texts.push_back(n.text().get());
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_EQ(texts[0], "明细!$A$1:$G$8");
  EXPECT_EQ(texts[1], "明细!$3:$3");
  EXPECT_EQ(texts[2], "'明细'!$D$4:$D$6");
}

TEST(XlsxTemplateRefs, SharedFormulasExpandedPerCell) {
  std::string rows =
      row(1, num("A1", "1") + num("B1", "2") +
                 "<c r=\"C1\"><f t=\"shared\" ref=\"C1:C3\" si=\"0\">A1+B1*$B$1</f><v>0</v></c>") +
      row(2,
          num("A2", "3") + num("B2", "4") + "<c r=\"C2\"><f t=\"shared\" si=\"0\"/><v>0</v></c>") +
      row(3,
          num("A3", "5") + num("B3", "6") + "<c r=\"C3\"><f t=\"shared\" si=\"0\"/><v>0</v></c>");
  XlsxTemplate t = load_book({{"S", rows}});
  Filled out(t.fill(obj({})));
  EXPECT_EQ(out.formula("C2"), "A2+B2*$B$1");
  EXPECT_EQ(out.formula("C3"), "A3+B3*$B$1");
  EXPECT_FALSE(out.cell("C2").child("f").attribute("t"));
  EXPECT_FALSE(out.cell("C1").child("f").attribute("ref"));
  EXPECT_EQ(out.value("C1"), "5");
  EXPECT_EQ(out.value("C3"), "17");
}

TEST(XlsxTemplateRefs, DroppedRowsBecomeZero) {
  XlsxTemplate t = load_book(invoice());
  Filled out(t.fill(obj({{"项目", items(0)}})));
  EXPECT_EQ(out.rows(), "1 3 4 5");
  EXPECT_EQ(out.formula("D5"), "SUM(0)");
  EXPECT_EQ(out.formula("E5"), "D5/COUNT(B3:B4)");
  EXPECT_EQ(out.value("G5"), "#DIV/0!");
}

TEST(FormulaShift, KeepsLiteralsFunctionsAndSpelling) {
  auto plus_one = [](const FoundRef& r) -> std::optional<std::string> {
    A1Area a = r.area;
    a.first.row += 1;
    a.last.row += 1;
    return std::string(r.prefix) + format_a1(a);
  };
  EXPECT_EQ(
      rewrite_references("LOG10(A1) + \"B2\" & 'It''s'!C3 + [1]S!D4 + SUM( $E$5:F6 )", plus_one),
      "LOG10(A2) + \"B2\" & 'It''s'!C4 + [1]S!D4 + SUM( $E$6:F7 )");
  EXPECT_EQ(*translate_formula("A1+$B1+C$1+Sheet2!$1:$2", 2, 1), "B3+$B3+D$1+Sheet2!$1:$2");
  EXPECT_FALSE(translate_formula("A1", -1, 0));
}

}  // namespace
}  // namespace formwork::xlsx_template_test
