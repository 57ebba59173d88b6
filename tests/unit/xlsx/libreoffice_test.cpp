// Recalculates written workbooks in LibreOffice (headless) and checks that
// each formula's recalculated value equals the value cached in the file.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "../test_support/required_tool.h"
#include "../test_support/scratch_dir.h"
#include "appraisal_fixture.h"
#include "util/atomic_file.h"
#include "xlsx/xlsx_writer.h"
#include "xlsx_test_util.h"

namespace formwork {
namespace {

namespace fs = std::filesystem;
using xlsx_test::money_cell;
using xlsx_test::row;
using xlsx_test::run;
using xlsx_test::text_cell;

/// LibreOffice keeps cached results of .xlsx files unless told otherwise;
/// OOXMLRecalcMode 0 = "always recalculate" on load.
void write_profile(const fs::path& profile) {
  fs::create_directories(profile / "user");
  std::ofstream(profile / "user" / "registrymodifications.xcu")
      << R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
)";
}

/// Rows 1–3 numbers, row 4 a SUM whose cached value is `cached`.
Document sum_document(const std::string& cached, const std::string& shown) {
  Document d;
  Table t;
  t.column_widths = {1, 1};
  t.rows.push_back(row({text_cell("甲"), money_cell("1234.56", "1,234.56")}));
  t.rows.push_back(row({text_cell("乙"), money_cell("265675.22", "265,675.22")}));
  t.rows.push_back(row({text_cell("丙"), money_cell("100.10", "100.10")}));
  t.rows.push_back(
      row({text_cell("合计"), money_cell(cached, shown, "ROUND(SUM(R[-3]C:R[-1]C),2)")}));
  d.blocks.push_back(t);
  return d;
}

TEST(LibreOffice, RecalculatedFormulaEqualsCachedValue) {
  FORMWORK_REQUIRE_TOOL(!run("command -v soffice").empty(), "soffice (libreoffice-calc-nogui)");
  const fs::path dir =
      fs::path(FORMWORK_TEST_TMP) / "xlsx" / ("libreoffice-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  write_profile(dir / "profile");
  write_xlsx(sum_document("267009.88", "267,009.88"), (dir / "right.xlsx").string());
  // A control with a wrong cached value proves LibreOffice really recalculates
  // (write_xlsx refuses to write one, so the file is edited afterwards).
  ASSERT_EQ(xlsx_test::with_cached_value((dir / "right.xlsx").string(),
                                         (dir / "control.xlsx").string(), "B4", "1"),
            "");

  const std::string cmd = "cd '" + dir.string() + "' && soffice -env:UserInstallation=file://" +
                          (dir / "profile").string() +
                          " --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76'"
                          " --outdir out right.xlsx control.xlsx 2>&1";
  const std::string log = run(cmd);
  ASSERT_TRUE(fs::exists(dir / "out" / "right.csv")) << log;
  ASSERT_TRUE(fs::exists(dir / "out" / "control.csv")) << log;
  const std::string want = "合计,\"267,009.88\"\n";
  const std::string control = read_file((dir / "out" / "control.csv").string());
  EXPECT_NE(control.find(want), std::string::npos) << "not recalculated:\n" << control;
  const std::string right = read_file((dir / "out" / "right.csv").string());
  EXPECT_NE(right.find(want), std::string::npos) << right;
  EXPECT_NE(right.find("甲,\"1,234.56\"\n"), std::string::npos) << right;
}

/// The workbook check script (tests/e2e/check_xlsx_recalc.py) over a right
/// and a wrong appraisal workbook: worksheet and anchor references, RANK,
/// RANK.EQ, IF with a text result, COUNTIF, SUMPRODUCT all recalculate to the cached
/// values in the right one; the wrong grade (edited into the file, since
/// write_xlsx refuses to write it) is caught in the other.
TEST(LibreOffice, MultiSheetWorkbookRecalculatesToCachedValues) {
  FORMWORK_REQUIRE_TOOL(!run("command -v soffice").empty(), "soffice (libreoffice-calc-nogui)");
  const test::ScratchDir dir("xlsx-recalc");
  const std::string right = (dir.path() / "right.xlsx").string();
  const std::string wrong = (dir.path() / "wrong.xlsx").string();
  write_xlsx(xlsx_test::appraisal_document(), right);
  ASSERT_EQ(xlsx_test::with_cached_value(right, wrong, "D3", "差"), "");
  const std::string script = FORMWORK_SOURCE_DIR "/tests/e2e/check_xlsx_recalc.py";
  const std::string log = run("/usr/bin/python3 " + script + " --require-formulas '" + right +
                              "' '" + wrong + "' 2>&1; echo \"exit=$?\"");
  EXPECT_NE(log.find("2 files, 38 formula cells, 1 problems"), std::string::npos) << log;
  EXPECT_NE(log.find("MISMATCH " + wrong +
                     " 汇总!D3 =IF(B3>=90,\"优\",\"良\"): cached '差', "
                     "recalculated '良'"),
            std::string::npos)
      << log;
  EXPECT_EQ(log.find("MISMATCH " + right), std::string::npos) << log;
  EXPECT_NE(log.find("exit=1"), std::string::npos) << log;
}

/// A formula cell without a template value: it caches formwork's own result.
Cell computed(const std::string& formula) {
  Cell c = text_cell("");
  c.value.formula_r1c1 = formula;
  return c;
}

/// formwork's evaluator against LibreOffice's: a data block (numbers, text,
/// an empty cell, categories) and formulas using every supported function
/// and operator, none given a value, so each caches formwork's result; the
/// check script recalculates them in LibreOffice and compares every one.
TEST(LibreOffice, EvaluatorAgreesWithLibreOfficeOnEveryFunction) {
  FORMWORK_REQUIRE_TOOL(!run("command -v soffice").empty(), "soffice (libreoffice-calc-nogui)");
  Document d;
  Table data;
  data.column_widths = {1, 1, 1};
  const char* amounts[] = {"88.25", "95.5", "", "95.5", "-12.345"};
  const char* kinds[] = {"信息宣传", "小计", "信息宣传", "", "其他"};
  for (int i = 0; i < 5; ++i) {
    Cell a = std::string(amounts[i]).empty() ? text_cell(i == 2 ? "缺考" : "")
                                             : money_cell(amounts[i], amounts[i]);
    data.rows.push_back(
        row({a, text_cell(kinds[i]), money_cell(std::to_string(10 * (i + 1)), "")}));
  }
  data.rows.push_back(row({text_cell("2016年10月31日"), text_cell("Abc"), text_cell("10")}));
  d.blocks.push_back(data);
  // R1C1..R5C1 amounts, R1C2..R5C2 kinds, R1C3..R5C3 10..50, R6C1 a date
  // as text, R6C3 the text "10".
  const char* formulas[] = {
      "SUM(R1C1:R5C1)",
      "SUM(R1C1:R5C1,3,TRUE)",
      "AVERAGE(R1C1:R5C1)",
      "MIN(R1C1:R5C3)",
      "MAX(R1C1:R5C1)",
      "COUNT(R1C1:R6C3)",
      "COUNTA(R1C1:R6C3)",
      "SUMPRODUCT(R1C3:R2C3,{1;2})",
      "ROUND(R5C1,2)",
      "ROUND(-2.5,0)",
      "ROUND(1234.5,-2)",
      "ROUNDUP(R5C1,1)",
      "ROUNDDOWN(R5C1,1)",
      "ROUNDUP(1234.5,-2)",
      "INT(R5C1)",
      "MOD(-7,3)",
      "ABS(R5C1)",
      "-2^2+2^-2+50%",
      "1/3*3",
      "(R1C1+R2C1)/2",
      "IF(R2C1>=90,\"优\",\"良\")",
      "IF(AND(R1C1>0,R2C1*10>=R1C1*7),10,0)",
      "IF(OR(R4C1,FALSE),1,2)",
      "IF(NOT(R4C1),1,2)",
      "IFERROR(VALUE(LEFT(R3C1,4)),0)",
      "IFERROR(1/0,\"无\")",
      "VALUE(LEFT(R6C1,4))",
      "RANK(R2C1,R1C1:R5C1)",
      "RANK(R1C1,R1C1:R5C1)",
      "RANK.EQ(R5C1,R1C1:R5C1,1)",
      "SUMIF(R1C2:R5C2,\"信息宣传\",R1C3:R5C3)",
      "SUMIF(R1C2:R5C2,\"<>信息宣传\",R1C3)",
      "SUMIF(R1C3:R5C3,\">=30\")",
      "SUMIF(R1C2:R5C2,\"信*\",R1C3:R5C3)",
      "COUNTIF(R1C2:R5C2,\"信息宣传\")",
      "COUNTIF(R1C1:R5C1,95.5)",
      "COUNTIF(R1C2:R5C2,\"<>\")",
      "LOOKUP(35,R1C3:R5C3,R1C2:R5C2)",
      "LOOKUP(25,R1C3:R5C3)",
      "RIGHT(R6C1,3)&MID(R6C1,5,3)&LEN(R6C1)",
      "CONCATENATE(\"第\",R1C1,\"名\")&(1/3)",
      "\"1,234.5\"+R1C1",
      "COUNTIF(R1C3:R6C3,\"10\")+COUNTIF(R1C3:R6C3,10)*10",
      "IF(R6C2=\"ABC\",1,0)+IF(R4C1=0,1,0)+IF(R4C1=\"\",1,0)",
  };
  Table checks;
  checks.column_widths = {1};
  for (const char* f : formulas) checks.rows.push_back(row({computed(f)}));
  d.blocks.push_back(checks);
  const test::ScratchDir dir("xlsx-evaluator");
  const std::string book = (dir.path() / "functions.xlsx").string();
  write_xlsx(d, book);
  const std::string script = FORMWORK_SOURCE_DIR "/tests/e2e/check_xlsx_recalc.py";
  const std::string log = run("/usr/bin/python3 " + script + " '" + book + "' 2>&1");
  EXPECT_NE(log.find("1 files, 44 formula cells, 0 problems"), std::string::npos) << log;
}

}  // namespace
}  // namespace formwork
