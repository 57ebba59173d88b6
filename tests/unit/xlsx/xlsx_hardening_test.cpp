// What an XLSX file can hold: characters XML 1.0 forbids never reach it
// (openpyxl reads the file back), text over 32,767 characters and numbers
// Excel would change are DataErrors naming sheet!cell, and cell fonts come
// from the one font-role table with the user's --fonts faces.
#include <gtest/gtest.h>

#include <filesystem>

#include "../test_support/scratch_dir.h"
#include "fonts/font_roles.h"
#include "model/value.h"
#include "util/errors.h"
#include "xlsx/xlsx_limits.h"
#include "xlsx/xlsx_writer.h"
#include "xlsx_test_util.h"

namespace formwork {
namespace {

namespace fs = std::filesystem;
using namespace xlsx_test;  // builders and read_back

fs::path test_dir(const std::string& name) { return test::ScratchDir("xlsx-" + name).path(); }

// One of each class: C0, DEL, C1, U+FFFE, U+FFFF, U+FDD0, U+1FFFE.
const std::string kBad = "\x01\x7F\u0085\uFFFE\uFFFF\uFDD0\U0001FFFE";

Document one_table(std::vector<Row> rows, std::string sheet = "表") {
  Document d;
  d.sheet_name = std::move(sheet);
  Table t;
  t.column_widths = {1, 1};
  t.rows = std::move(rows);
  d.blocks.push_back(t);
  return d;
}

TEST(XlsxForbiddenChars, EveryClassIsDroppedAndOpenpyxlOpensTheFile) {
  Document d;
  d.title = "标题" + kBad + "完";
  d.sheet_name = "表" + kBad;
  d.page.footer.pattern = "第 {page} 页" + kBad;
  d.blocks.push_back(para("段落" + kBad + "文字"));
  Table t;
  t.column_widths = {1, 1};
  Cell grade = text_cell("优" + kBad);
  grade.value.formula_r1c1 = "IF(1>0,\"优\",\"差\")";
  grade.value.text = "优" + kBad;
  Cell count = money_cell("3", "3次");
  count.value.number_format = "0\"次" + kBad + "\"";
  t.rows.push_back(row({text_cell("单元格" + kBad + "值"), grade}));
  t.rows.push_back(row({count, text_cell("x")}));
  d.blocks.push_back(t);
  const fs::path path = test_dir("chars") / "c.xlsx";
  write_xlsx(d, path.string());
  auto kv = read_back(path.string());
  EXPECT_EQ(kv["title"], "标题完");
  EXPECT_EQ(kv["sheets"], "表");
  EXPECT_EQ(kv["value.A1"], "段落文字");
  EXPECT_EQ(kv["value.A2"], "单元格值");
  EXPECT_EQ(kv["cached.B2"], "优");
  EXPECT_EQ(kv["format.A3"], "0\"次\"");
  EXPECT_EQ(kv["footer"], "第 &P 页");
}

TEST(XlsxLimits, TextOverTheCellLimitNamesTheCell) {
  const fs::path dir = test_dir("long");
  std::string fits(kMaxCellTextUnits, 'a');
  write_xlsx(one_table({row({text_cell("x"), text_cell(fits)})}), (dir / "ok.xlsx").string());
  EXPECT_EQ(read_back((dir / "ok.xlsx").string())["value.B1"].size(), kMaxCellTextUnits);
  try {
    write_xlsx(one_table({row({text_cell("x"), text_cell(fits + "b")})}),
               (dir / "long.xlsx").string());
    FAIL() << "no DataError";
  } catch (const DataError& e) {
    EXPECT_EQ(std::string(e.what()),
              "'表'!B1: text of 32,768 characters is longer than an XLSX cell holds (32,767)");
  }
  EXPECT_FALSE(fs::exists(dir / "long.xlsx"));
  // Characters beyond U+FFFF count twice, as in Excel.
  std::string astral;
  for (int i = 0; i < 16384; ++i) astral += "\U00020000";
  Document d;
  d.sheet_name = "S";
  d.blocks.push_back(para(astral));
  EXPECT_THROW(write_xlsx(d, (dir / "astral.xlsx").string()), DataError);
}

TEST(XlsxLimits, NumbersExcelWouldShowDifferentlyNameTheCellAndBothValues) {
  const fs::path dir = test_dir("digits");
  try {
    write_xlsx(one_table({row({text_cell("合计"), money_cell("12345678901234.56", "")})}),
               (dir / "money.xlsx").string());
    FAIL() << "no DataError";
  } catch (const DataError& e) {
    EXPECT_EQ(std::string(e.what()),
              "'表'!B1: 12345678901234.56 has 16 significant digits; XLSX keeps 15 and would "
              "hold 12345678901234.6 (format #,##0.00 shows 2 decimals)");
  }
  EXPECT_FALSE(fs::exists(dir / "money.xlsx"));
  // A computed ratio keeps what its format shows: 2/3 as 0.00%.
  Cell ratio = money_cell("0.666666666666666667", "66.67%");
  ratio.value.number_format = "0.00%";
  write_xlsx(one_table({row({text_cell("比例"), ratio})}), (dir / "ratio.xlsx").string());
  EXPECT_EQ(read_back((dir / "ratio.xlsx").string())["value.B1"], "0.6666666666666666");
}

TEST(XlsxLimits, RowsBeyondTheWorksheetAreADataError) {
  EXPECT_NO_THROW(check_sheet_rows(kMaxSheetRows, "表"));
  try {
    check_sheet_rows(kMaxSheetRows + 1L, "表");
    FAIL() << "no DataError";
  } catch (const DataError& e) {
    EXPECT_EQ(std::string(e.what()),
              "'表': 1,048,577 rows are more than an XLSX worksheet holds (1,048,576)");
  }
}

TEST(XlsxLimits, CheckCellNumber) {
  auto d = [](const char* s) { return *Decimal::parse(s); };
  EXPECT_NO_THROW(check_cell_number(d("123456789012345"), "", "S", 0, 0));
  EXPECT_THROW(check_cell_number(d("1234567890123456"), "", "S", 0, 0), DataError);
  EXPECT_THROW(check_cell_number(d("1234567890123456"), "General", "S", 0, 0), DataError);
  EXPECT_NO_THROW(check_cell_number(d("0.1234567890123456789"), "General", "S", 0, 0));
  EXPECT_NO_THROW(check_cell_number(d("1234567890.123456789"), "0.00", "S", 0, 0));
  EXPECT_THROW(check_cell_number(d("1234567890.123456789"), "0.000000", "S", 0, 0), DataError);
  EXPECT_THROW(check_cell_number(d("0.123456789012345678"), "0.0000000000000000%", "S", 0, 0),
               DataError);
  EXPECT_NO_THROW(check_cell_number(d("123456789012345678"), "#,##0,,,\"百万亿\"", "S", 0, 0));
  EXPECT_NO_THROW(check_cell_number(d("1234567890123456789"), "0.00E+00", "S", 0, 0));
}

TEST(XlsxLimits, SignificantDigitsAndExcelPrecision) {
  auto d = [](const char* s) { return *Decimal::parse(s); };
  EXPECT_EQ(significant_digits(d("190000")), 2);
  EXPECT_EQ(significant_digits(d("-0.0125")), 3);
  EXPECT_EQ(significant_digits(d("0")), 0);
  EXPECT_EQ(significant_digits(d("12345678901234567")), 17);
  EXPECT_EQ(excel_precision(d("12345678901234567")).to_string(), "12345678901234600");
  EXPECT_EQ(excel_precision(d("-0.0001234567890123456789")).to_string(), "-0.000123456789012346");
  EXPECT_EQ(excel_precision(d("265675.22")).to_string(), "265675.22");
  EXPECT_EQ(utf16_length("a经\U00020000"), 4u);
}

TEST(XlsxLimits, DataProblemsNameTheJsonPointer) {
  Object inner;
  inner.set("金额", Value(*Decimal::parse("12345678901234567")));
  inner.set("比例", Value(*Decimal::parse("0.25")));
  Object o;
  o.set("说明", Value(std::string(40000, 'x')));
  o.set("费用", Value(Array{Value(std::move(inner))}));
  o.set("短", Value("ok"));
  const auto p = xlsx_data_problems(Value(std::move(o)));
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0], "/说明: text of 40,000 characters is longer than an XLSX cell holds (32,767)");
  EXPECT_EQ(p[1],
            "/费用/0/金额: 12345678901234567 has 17 significant digits; XLSX keeps 15 and would "
            "hold 12345678901234600");
}

TEST(XlsxFonts, CellsNameTheRoleTableFacesWithOverrides) {
  Document d;
  d.sheet_name = "S";
  const std::vector<std::string> roles{"song", "fangsong", "kai", "hei", "xbs", "serif", "sans"};
  for (const std::string& role : roles) {
    Paragraph p = para(role);
    p.runs[0].style.font_role = role;
    d.blocks.push_back(p);
  }
  const fs::path dir = test_dir("fonts");
  write_xlsx(d, (dir / "plain.xlsx").string());
  const FontOverrides overrides{{"fangsong", "仿宋_GB2312"}, {"serif", "Liberation Serif"}};
  write_xlsx(d, (dir / "custom.xlsx").string(), XlsxOptions{overrides});
  auto plain = read_back((dir / "plain.xlsx").string());
  auto custom = read_back((dir / "custom.xlsx").string());
  const std::vector<std::string> want{
      "宋体", "仿宋", "楷体", "黑体", "方正小标宋简体", "Times New Roman", "Arial"};
  for (size_t i = 0; i < roles.size(); ++i) {
    const std::string cell = "font.A" + std::to_string(i + 1);
    const std::string face = plain[cell].substr(0, plain[cell].find('/'));
    EXPECT_EQ(face, want[i]) << roles[i];
    // The DOCX writer's names for the role's own script.
    const OfficeFontNames docx = office_font_names(roles[i]);
    EXPECT_EQ(face, i < 5 ? docx.east_asia : docx.latin) << roles[i];
  }
  EXPECT_EQ(custom["font.A2"].substr(0, custom["font.A2"].find('/')), "仿宋_GB2312");
  EXPECT_EQ(custom["font.A6"].substr(0, custom["font.A6"].find('/')), "Liberation Serif");
  EXPECT_EQ(custom["font.A1"].substr(0, custom["font.A1"].find('/')), "宋体");
  EXPECT_THROW(write_xlsx(d, (dir / "bad.xlsx").string(), XlsxOptions{{{"fancy", "X"}}}),
               std::invalid_argument);
}

}  // namespace
}  // namespace formwork
