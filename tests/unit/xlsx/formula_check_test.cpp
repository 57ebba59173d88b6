// check_formulas over whole documents: what it returns for a right
// workbook and the TemplateError (sheet!cell, formula, both values) for
// every kind of wrong one; write_xlsx leaves no file behind for those.
#include "xlsx/formula_check.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "../test_support/scratch_dir.h"
#include "appraisal_fixture.h"
#include "util/errors.h"
#include "xlsx/workbook_cells.h"
#include "xlsx/xlsx_writer.h"
#include "xlsx_test_util.h"

namespace formwork {
namespace {

namespace fs = std::filesystem;
using xlsx_test::appraisal_document;
using xlsx_test::money_cell;
using xlsx_test::number_formula;
using xlsx_test::para;
using xlsx_test::row;
using xlsx_test::text_cell;
using xlsx_test::text_formula;

/// One table, columns 项目 | 金额: the given rows.
Document table_of(std::vector<Row> rows) {
  Document d;
  Table t;
  t.column_widths = {2, 1};
  t.rows = std::move(rows);
  d.blocks.push_back(t);
  return d;
}

/// 甲 1234.56, 乙 265675.22, 丙 100.10, then 合计 = ROUND(SUM(…),2) cached as `total`.
Document sum_document(const std::string& total) {
  return table_of({row({text_cell("甲"), money_cell("1234.56", "")}),
                   row({text_cell("乙"), money_cell("265675.22", "")}),
                   row({text_cell("丙"), money_cell("100.10", "")}),
                   row({text_cell("合计"), money_cell(total, "", "ROUND(SUM(R[-3]C:R[-1]C),2)")})});
}

std::string problem(const Document& d) {
  try {
    check_formulas(d);
  } catch (const TemplateError& e) {
    return e.what();
  }
  return "no TemplateError";
}

TEST(FormulaCheck, RightWorkbookGivesA1FormulasAndCachedValues) {
  const Document d = appraisal_document();
  const CheckedFormulas f = check_formulas(d);
  EXPECT_EQ(f.size(), 19u);
  EXPECT_EQ(f.at(0, 1, 1).a1, "='社区 A'!$D$6");  // below the rule row
  EXPECT_EQ(std::get<Decimal>(f.at(0, 1, 1).cached), *Decimal::parse("95.5"));
  EXPECT_EQ(f.at(0, 2, 3).a1, "=IF(B3>=90,\"优\",\"良\")");
  EXPECT_EQ(std::get<std::string>(f.at(0, 2, 3).cached), "良");
  EXPECT_EQ(f.at(0, 4, 2).a1, "=_xlfn.RANK.EQ($B$2,$B$2:$B$3)");
  EXPECT_THROW(f.at(0, 0, 0), std::logic_error);
}

TEST(FormulaCheck, WrongCachedNumberNamesCellFormulaAndBothValues) {
  EXPECT_EQ(problem(sum_document("267009.88")), "no TemplateError");
  EXPECT_EQ(problem(sum_document("267009.89")),
            "Sheet1!B4: formula \"ROUND(SUM(R[-3]C:R[-1]C),2)\", in A1 \"ROUND(SUM(B1:B3),2)\", "
            "gives 267009.88, but the template's value is 267009.89 (compared to 2 decimals)");
}

TEST(FormulaCheck, WrongCachedTextIsNamed) {
  EXPECT_EQ(
      problem(appraisal_document("差")),
      "汇总!D3: formula \"IF(RC[-2]>=90,\"优\",\"良\")\", in A1 \"IF(B3>=90,\"优\",\"良\")\", "
      "gives \"良\", but the template's value is \"差\"");
}

TEST(FormulaCheck, EveryProblemAtOnceInWorkbookOrder) {
  Document d = table_of({row({text_cell("x"), money_cell("2", "")}),
                         row({text_cell("y"), money_cell("5", "", "R[-1]C*2")}),
                         row({text_cell("z"), money_cell("1", "", "1/0")}),
                         row({text_cell("w"), money_cell("1", "", "SUM(R1C2:R2C2")})});
  EXPECT_EQ(problem(d),
            "Sheet1!B4: formula \"SUM(R1C2:R2C2\", in A1 \"SUM($B$1:$B$2\", does not parse: the "
            "'(' at character 4 is never closed");
  std::get<Table>(d.blocks[0]).rows.pop_back();
  EXPECT_EQ(problem(d),
            "2 XLSX formula problems:\n"
            "  Sheet1!B2: formula \"R[-1]C*2\", in A1 \"B1*2\", gives 4, but the template's value "
            "is 5 (compared to 2 decimals)\n"
            "  Sheet1!B3: formula \"1/0\", in A1 \"1/0\", gives #DIV/0!, but the template's value "
            "is 1");
}

TEST(FormulaCheck, FunctionsItCannotEvaluateAreRefused) {
  EXPECT_EQ(problem(table_of({row({text_cell("x"), money_cell("1", "", "TODAY()")})})),
            "Sheet1!B1: formula \"TODAY()\": function TODAY is not one formwork can evaluate "
            "(ABS, AND, AVERAGE, CONCATENATE, COUNT, COUNTA, COUNTIF, IF, IFERROR, INT, LEFT, LEN, "
            "LOOKUP, MAX, MID, MIN, MOD, NOT, OR, RANK, RANK.EQ, RIGHT, ROUND, ROUNDDOWN, "
            "ROUNDUP, SUM, SUMIF, SUMPRODUCT, VALUE)");
  EXPECT_EQ(problem(table_of({row({text_cell("x"), money_cell("1", "", "RANK(RC[-1])")})})),
            "Sheet1!B1: formula \"RANK(RC[-1])\": RANK takes 2 to 3 arguments, not 1");
  EXPECT_EQ(problem(table_of({row({text_cell("x"), money_cell("1", "", "ABS(1,2)")})})),
            "Sheet1!B1: formula \"ABS(1,2)\": ABS takes 1 argument, not 2");
}

TEST(FormulaCheck, CircularReferencesAreRefused) {
  const Document d = table_of({row({money_cell("1", "", "RC[1]+1"), money_cell("0", "", "RC[-1]")}),
                               row({text_cell("x"), money_cell("1", "", "R[-1]C+1")})});
  EXPECT_EQ(problem(d),
            "3 XLSX formula problems:\n"
            "  Sheet1!A1: formula \"RC[1]+1\", in A1 \"B1+1\", is part of or depends on a circular "
            "reference\n"
            "  Sheet1!B1: formula \"RC[-1]\", in A1 \"A1\", is part of or depends on a circular "
            "reference\n"
            "  Sheet1!B2: formula \"R[-1]C+1\", in A1 \"B1+1\", is part of or depends on a "
            "circular reference");
}

TEST(FormulaCheck, ChainsAreEvaluatedInDependencyOrder) {
  // B1 reads B3, which reads B2: each must be evaluated before its reader.
  const Document d = table_of({row({text_cell("a"), money_cell("12", "", "R[2]C*2")}),
                               row({text_cell("b"), money_cell("3", "")}),
                               row({text_cell("c"), money_cell("6", "", "R[-1]C*2")})});
  EXPECT_EQ(problem(d), "no TemplateError");
}

TEST(FormulaCheck, ReferencesAndRangesBeyondTheWrittenCellsReadEmpty) {
  const Document d =
      table_of({row({text_cell("a"), money_cell("0", "", "SUM(R1C3:R100C20)+R50C1")})});
  EXPECT_EQ(problem(d), "no TemplateError");
}

TEST(FormulaCheck, WithoutATemplateValueTheResultIsCached) {
  Cell n = text_cell("");
  n.value.formula_r1c1 = "R[-1]C*2";
  Cell t = text_cell("");
  t.value.formula_r1c1 = "IF(R[-2]C>1,\"多\",\"少\")";
  const Document d = table_of({row({text_cell("x"), money_cell("21", "")}),
                               row({text_cell("y"), n}), row({text_cell("z"), t})});
  const CheckedFormulas f = check_formulas(d);
  EXPECT_EQ(std::get<Decimal>(f.at(0, 1, 1).cached), Decimal(42));
  EXPECT_EQ(std::get<std::string>(f.at(0, 2, 1).cached), "多");
  Cell b = text_cell("");
  b.value.formula_r1c1 = "R[-1]C>1";
  EXPECT_EQ(
      problem(table_of({row({text_cell("x"), money_cell("21", "")}), row({text_cell("y"), b})})),
      "Sheet1!B2: formula \"R[-1]C>1\", in A1 \"B1>1\", gives the logical value TRUE, which "
      "cannot be cached; give the cell a value");
  Cell e = text_cell("");
  e.value.formula_r1c1 = "1/R[-1]C";
  EXPECT_EQ(
      problem(table_of({row({text_cell("x"), money_cell("0", "")}), row({text_cell("y"), e})})),
      "Sheet1!B2: formula \"1/R[-1]C\", in A1 \"1/B1\", gives #DIV/0!");
}

TEST(FormulaCheck, ReadsParagraphRowsMergedCellsAndTextAsWritten) {
  Document d;
  Paragraph title = para("验收表");
  title.first_line_indent_em = 2;  // written as two U+3000 before the text
  d.blocks.push_back(title);
  Paragraph rule;
  rule.rule = HorizontalRule{0.75, 0, 0};
  d.blocks.push_back(rule);
  Table t;
  t.column_widths = {1, 1, 1};
  t.rows.push_back(row({money_cell("5", "", ""), text_cell("第一行\n第二行")}));
  t.rows.back().cells[0].colspan = 2;
  t.rows.push_back(row({number_formula("5", "R3C1"), number_formula("0", "R3C2+R2C1"),
                        number_formula("5", "LEN(R1C1)")}));
  t.rows.push_back(row({number_formula("7", "LEN(R3C3)"), number_formula("1", "COUNTA(R1C1:R3C3)"),
                        text_formula("", "\"\"")}));
  d.blocks.push_back(t);
  // Merged A3:B3 holds 5 in A3 and nothing in B3; C3 holds two lines.
  EXPECT_EQ(problem(d),
            "Sheet1!B5: formula \"COUNTA(R1C1:R3C3)\", in A1 \"COUNTA($A$1:$C$3)\", gives 3, but "
            "the template's value is 1 (compared to 2 decimals)");
}

TEST(FormulaCheck, DivisionNoiseAgrees) {
  EXPECT_EQ(problem(table_of({row({text_cell("x"), number_formula("1", "1/3*3")})})),
            "no TemplateError");
  EXPECT_EQ(problem(table_of({row({text_cell("x"), number_formula("0.34", "1/3")})})),
            "Sheet1!B1: formula \"1/3\", in A1 \"1/3\", gives 0.333333333333333333, but the "
            "template's value is 0.34 (compared to 2 decimals)");
}

TEST(FormulaCheck, LongListsOfProblemsAreCapped) {
  std::vector<Row> rows;
  for (int i = 0; i < 150; ++i) rows.push_back(row({text_cell("x"), money_cell("1", "", "2")}));
  const std::string msg = problem(table_of(rows));
  EXPECT_EQ(msg.rfind("150 XLSX formula problems:\n", 0), 0u) << msg;
  EXPECT_NE(msg.find("Sheet1!B100: formula \"2\""), std::string::npos);
  EXPECT_EQ(msg.find("Sheet1!B101:"), std::string::npos);
  EXPECT_NE(msg.find("\n  … and 50 more"), std::string::npos);
}

TEST(FormulaCheck, WriteXlsxRefusesBeforeCreatingAnyFile) {
  const test::ScratchDir dir("xlsx-formula-check");
  const fs::path out = dir.path() / "wrong.xlsx";
  EXPECT_THROW(write_xlsx(sum_document("1"), out.string()), TemplateError);
  EXPECT_TRUE(fs::is_empty(dir.path()));
  write_xlsx(sum_document("267009.88"), out.string());
  EXPECT_EQ(xlsx_test::read_back(out.string()).at("value.B4"), "=ROUND(SUM(B1:B3),2)");
}

TEST(WorkbookCells, PlacesCellsAsTheSheetWriterDoes) {
  Document d = appraisal_document();
  const WorkbookCells book = map_workbook(d);
  ASSERT_EQ(book.refs.sheet_names, (std::vector<std::string>{"汇总", "社区 A", "社区 A (2)"}));
  // 社区 A: a rule row, then the table (header + 3 items + 合计 anchored 总分).
  EXPECT_EQ(book.refs.anchors[1].at("总分").row, 5);
  EXPECT_EQ(book.refs.anchors[1].at("总分").col, 3);
  EXPECT_EQ(book.sheets[1].rows, 6);
  EXPECT_EQ(book.sheets[1].at(0, 0)->paragraph, nullptr);  // the rule row is empty
  EXPECT_EQ(book.sheets[1].at(6, 0), nullptr);
  EXPECT_EQ(book.formulas.size(), 19u);
}

}  // namespace
}  // namespace formwork
