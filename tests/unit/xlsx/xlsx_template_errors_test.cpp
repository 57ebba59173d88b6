// XlsxTemplate: every defect named by sheet, cell and tag (or formula).
#include "xlsx_template_fixture.h"

namespace formwork::xlsx_template_test {
namespace {

// The message of the TemplateError load() throws for `rows` on sheet "Sheet1".
std::string load_error(const std::string& rows) {
  try {
    load_book({{"Sheet1", rows}});
  } catch (const TemplateError& e) {
    return e.message;
  }
  return "(no error)";
}

TEST(XlsxTemplateErrors, UnclosedEach) {
  EXPECT_EQ(load_error(row(5, str("B5", "{{#each 行程}}{{城市}}"))),
            "Sheet1!B5: {{#each 行程}} has no {{/each}}");
}

TEST(XlsxTemplateErrors, StrayCloseAndMismatch) {
  EXPECT_EQ(load_error(row(2, str("C2", "x{{/each}}"))),
            "Sheet1!C2: {{/each}} has no {{#each}} before it");
  EXPECT_EQ(load_error(row(2, str("A2", "{{#if a}}")) + row(3, str("A3", "{{/each}}"))),
            "Sheet1!A3: {{/each}} closes {{#if a}} (Sheet1!A2), which needs {{/if}}");
  EXPECT_EQ(load_error(row(2, str("A2", "{{else}}"))),
            "Sheet1!A2: {{else}} stands outside {{#if}}");
}

TEST(XlsxTemplateErrors, BadExpressionAndUnclosedTag) {
  std::string e = load_error(row(1, str("A1", "{{金额 +}}")));
  EXPECT_EQ(e.rfind("Sheet1!A1: {{金额 +}}: ", 0), 0u) << e;
  EXPECT_EQ(load_error(row(1, str("D1", "x{{金额"))), "Sheet1!D1: {{金额 has no closing '}}'");
}

TEST(XlsxTemplateErrors, TagInFormula) {
  EXPECT_EQ(load_error(row(7, fml("D7", "{{x}}+1"))),
            "Sheet1!D7: formula ={{x}}+1 holds a tag; tags go in cells, and formulas refer to "
            "those cells");
}

TEST(XlsxTemplateErrors, UnknownFunction) {
  std::string e = load_error(row(7, fml("D7", "FOO(A1)+1")));
  EXPECT_EQ(
      e.rfind("Sheet1!D7: formula =FOO(A1)+1 calls FOO, a function formwork cannot compute", 0), 0u)
      << e;
  EXPECT_NE(e.find("SUM"), std::string::npos);
}

TEST(XlsxTemplateErrors, FormulaThatDoesNotParse) {
  std::string e = load_error(row(2, fml("B2", "SUM(A1")));
  EXPECT_EQ(e.rfind("Sheet1!B2: formula =SUM(A1 does not parse: ", 0), 0u) << e;
}

TEST(XlsxTemplateErrors, PictureInHeader) {
  try {
    load_book({{"Sheet1", row(1, str("A1", "x")),
                "<headerFooter><oddHeader>&amp;C{{%image 印章}}</oddHeader></headerFooter>"}});
    FAIL() << "no error";
  } catch (const TemplateError& e) {
    EXPECT_EQ(e.message,
              "Sheet1 oddHeader: {{%image 印章}}: pictures cannot stand in a header or footer");
  }
}

TEST(XlsxTemplateErrors, PictureFileWithoutFolder) {
  EXPECT_EQ(load_error(row(1, str("A1", "{{%image \"印章.png\"}}"))),
            "Sheet1!A1: {{%image \"印章.png\"}}: no folder to read pictures from");
}

TEST(XlsxTemplateErrors, ElseMustStandAlone) {
  EXPECT_EQ(load_error(row(1, str("A1", "{{#if a}}")) + row(2, str("A2", "{{else}}{{x}}")) +
                       row(3, str("A3", "{{/if}}"))),
            "Sheet1!A2: {{else}} must stand in a row of its own (that row is dropped)");
}

TEST(XlsxTemplateErrors, BlocksSharingARow) {
  EXPECT_EQ(load_error(row(1, str("A1", "{{#each a}}")) +
                       row(2, str("A2", "{{/each}}") + str("B2", "{{#each b}}{{/each}}"))),
            "Sheet1!B2: {{#each b}} stands in the row where the block before it ends; blocks of "
            "rows may not share a row");
}

TEST(XlsxTemplateErrors, CircularReference) {
  XlsxTemplate t =
      load_book({{"Sheet1", row(1, fml("A1", "B1+1") + fml("B1", "A1*2") + num("C1", "1"))}});
  try {
    t.fill(obj({}));
    FAIL() << "no error";
  } catch (const TemplateError& e) {
    EXPECT_EQ(e.message,
              "circular reference among the formulas of the filled workbook: Sheet1!A1, "
              "Sheet1!B1");
  }
}

TEST(XlsxTemplateErrors, TextTooLongForACell) {
  XlsxTemplate t = load_book({{"Sheet1", row(3, str("B3", "{{#each x}}{{说明}}{{/each}}"))}});
  Value one(Array{obj({{"说明", Value("短")}}), obj({{"说明", Value(std::string(32768, 'a'))}})});
  try {
    t.fill(obj({{"x", one}}));
    FAIL() << "no error";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find(
                  "Sheet1!B3: {{说明}} gives text of 32,768 characters, longer than an XLSX cell "
                  "holds (32,767), in cell B4 of the filled sheet"),
              std::string::npos)
        << e.what();
  }
  // 32,767 characters fit.
  Value fits(Array{obj({{"说明", Value(std::string(32767, 'a'))}})});
  EXPECT_NO_THROW(t.fill(obj({{"x", fits}})));
}

TEST(XlsxTemplateErrors, EvaluationErrorsNameCellAndTag) {
  XlsxTemplate t = load_book(
      {{"Sheet1", row(2, str("A2", "{{#each 行程}}{{/each}}")) + row(3, str("B3", "{{没有}}"))}});
  try {
    t.fill(obj({{"行程", Value("x")}}));
    FAIL() << "no error";
  } catch (const TemplateError& e) {
    EXPECT_EQ(e.message, "Sheet1!A2: {{#each 行程}}: '行程' is a string, expected a list");
  }
  try {
    t.fill(obj({{"行程", Value(Array{})}}));
    FAIL() << "no error";
  } catch (const TemplateError& e) {
    EXPECT_EQ(e.message.rfind("Sheet1!B3: {{没有}}: ", 0), 0u) << e.message;
  }
}

TEST(XlsxTemplateErrors, NotAnXlsx) {
  EXPECT_THROW(XlsxTemplate::load(write_temp("not a zip", "bad.xlsx"), nullptr), IoError);
}

}  // namespace
}  // namespace formwork::xlsx_template_test
