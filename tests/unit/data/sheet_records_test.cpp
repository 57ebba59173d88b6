// CSV/TSV data (libcsv), cells typed by the schema, and messages that name
// the cell a person looks at. XLSX data is read back in
// tests/e2e/test_sheet_data.sh from workbooks openpyxl and LibreOffice write.
#include "data/sheet_records.h"

#include <gtest/gtest.h>

#include "../test_support/scratch_dir.h"
#include "data/csv_table.h"
#include "util/errors.h"

namespace formwork {
namespace {

constexpr const char* kSchema = R"({
  "type": "object",
  "definitions": {"money": {"type": "number", "x-decimals": 2}},
  "properties": {
    "编号": {"type": "string"}, "金额": {"$ref": "#/definitions/money"},
    "人数": {"type": ["integer", "null"]}, "日期": {"type": "string", "format": "date"},
    "通过": {"type": "boolean"},
    "费用": {"type": "array", "items": {"type": "object",
             "properties": {"项目": {"type": "string"}, "金额": {"$ref": "#/definitions/money"}}}}
  }})";

class SheetRecords : public ::testing::Test {
 protected:
  std::vector<Record> load(const std::string& name, const std::string& text,
                           DataOptions options = {}) {
    options.schema_path = dir_.write("s.schema.json", kSchema);
    return load_sheet_records(dir_.write(name, text), options);
  }
  test::ScratchDir dir_{"sheet_records"};
};

TEST(SheetTable, ColumnLettersAndPlaces) {
  EXPECT_EQ(column_letters(0), "A");
  EXPECT_EQ(column_letters(25), "Z");
  EXPECT_EQ(column_letters(26), "AA");
  EXPECT_EQ(column_letters(16383), "XFD");
  SheetTable t{"plan.xlsx", "Plan 2016", false, {}};
  EXPECT_EQ(cell_place(t, SheetRow{7, {}}, 3, "金额"), "plan.xlsx 'Plan 2016'!D7");
  t.sheet = "计划";
  EXPECT_EQ(cell_place(t, SheetRow{7, {}}, 3, "金额"), "plan.xlsx 计划!D7");
  t = SheetTable{"plan.csv", "", false, {}};
  EXPECT_EQ(cell_place(t, SheetRow{12, {}}, 1, "项目名称"), "plan.csv line 12, column 项目名称");
}

TEST_F(SheetRecords, QuotedFieldsBomBlankLinesAndLineNumbers) {
  const auto r = load("d.csv",
                      "\xEF\xBB\xBF编号,金额,备注\n"
                      "A1,\"1,234.50\",\"two\nlines, \"\"quoted\"\"\"\n"
                      "\n"
                      "A2,  7 , spaced \n");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].line, 2);
  EXPECT_EQ(r[1].line, 5);  // the quoted field spans lines 2-3, line 4 is blank
  EXPECT_EQ(r[0].value.find("金额")->as_number().to_string(), "1234.5");
  EXPECT_EQ(r[0].value.find("备注")->as_string(), "two\nlines, \"quoted\"");
  EXPECT_EQ(r[1].value.find("金额")->as_number().to_string(), "7");
  EXPECT_EQ(r[1].value.find("备注")->as_string(), " spaced ");  // text keeps its spaces
}

TEST_F(SheetRecords, TsvIsTabSeparated) {
  const auto r = load("d.tsv", "编号\t金额\nA,1\t2.5\n");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].value.find("编号")->as_string(), "A,1");
  EXPECT_EQ(r[0].value.find("金额")->as_number().to_string(), "2.5");
}

TEST_F(SheetRecords, CellsAreTypedByTheSchema) {
  const auto r =
      load("d.csv", "编号,金额,人数,日期,通过,其他\n007,\"12,345,678.90\",12,2016-09-19,是,x\n");
  ASSERT_EQ(r.size(), 1u);
  ASSERT_TRUE(r[0].error.empty()) << r[0].error;
  EXPECT_EQ(r[0].value.find("编号")->as_string(), "007");  // a string stays text
  EXPECT_EQ(r[0].value.find("金额")->as_number().to_string(), "12345678.9");
  EXPECT_EQ(r[0].value.find("人数")->as_number().to_string(), "12");
  EXPECT_EQ(r[0].value.find("日期")->as_string(), "2016-09-19");
  EXPECT_TRUE(r[0].value.find("通过")->as_bool());
  EXPECT_EQ(r[0].value.find("其他")->as_string(), "x");
}

TEST_F(SheetRecords, EmptyCellsLeaveTheFieldOutAndKeepTheirPlace) {
  const auto r = load("d.csv", "编号,金额\nA,\n");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].value.find("金额"), nullptr);
  EXPECT_EQ(locate_problem("/金额: required, but missing", r[0]),
            "d.csv line 2, column 金额, /金额: required, but missing");
  // Chinese messages put "：" after the pointer.
  EXPECT_EQ(locate_problem("/金额：必填项，但缺少", r[0]),
            "d.csv line 2, column 金额, /金额：必填项，但缺少");
  EXPECT_EQ(locate_problem("/其他: x", r[0]), "/其他: x");
}

TEST_F(SheetRecords, EveryBadCellOfARecordIsNamedAndOtherRecordsAreRead) {
  const auto r = load("d.csv", "编号,金额,通过,,日期\nA,1.2.3,也许,stray,2016-01-01\nB,1,否,,\n");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_NE(r[0].error.find("d.csv line 2, column 金额: \"1.2.3\" is not a number"),
            std::string::npos)
      << r[0].error;
  EXPECT_NE(r[0].error.find("d.csv line 2, column 通过: \"也许\" is not true or false"),
            std::string::npos);
  EXPECT_NE(r[0].error.find("d.csv line 2, column D: a value in a column without a header"),
            std::string::npos);
  EXPECT_TRUE(r[0].value.is_null());
  EXPECT_TRUE(r[1].error.empty()) << r[1].error;
  EXPECT_FALSE(r[1].value.find("通过")->as_bool());
}

TEST_F(SheetRecords, DuplicateHeadersAndMapRenaming) {
  EXPECT_THROW(load("d.csv", "金额,金额\n1,2\n"), DataError);
  DataOptions o;
  o.map_path = dir_.write("map.json", R"({"Amount": "金额", "No.": "编号"})");
  const auto r = load("m.csv", "No.,Amount\nX,3.10\n", o);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].value.find("编号")->as_string(), "X");
  EXPECT_EQ(r[0].value.find("金额")->as_number().to_string(), "3.1");
  EXPECT_EQ(r[0].places.at(1).second, "m.csv line 2, column Amount");
}

TEST_F(SheetRecords, RowsFromASecondFileByKey) {
  DataOptions o;
  const std::string rows =
      dir_.write("fees.csv", "编号,项目,金额\nB,住宿费,10\nA,伙食费,2.5\nB,场地费,x\n");
  o.rows = {"费用=" + rows + ":编号"};
  const auto r = load("main.csv", "编号,金额\nA,2.5\nB,10\nC,0\n", o);
  ASSERT_EQ(r.size(), 3u);
  const Array& a = r[0].value.find("费用")->as_array();
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].find("项目")->as_string(), "伙食费");
  EXPECT_EQ(a[0].find("编号"), nullptr);  // the key column is not an item field
  EXPECT_NE(r[1].error.find("fees.csv line 4, column 金额: \"x\" is not a number"),
            std::string::npos)
      << r[1].error;
  EXPECT_EQ(r[2].value.find("费用"), nullptr);  // no rows: the field is left out
  EXPECT_EQ(locate_problem("/费用/0/金额: too big", r[0]),
            "fees.csv line 3, column 金额, /费用/0/金额: too big");
  o.rows = {"费用=" + dir_.write("orphans.csv", "编号,项目\nZ,x\n") + ":编号"};
  EXPECT_THROW(load("main2.csv", "编号\nA\n", o), DataError);
  o.rows = {"费用"};
  EXPECT_THROW(load("main3.csv", "编号\nA\n", o), UsageError);
}

TEST_F(SheetRecords, OtherEncodingsAreNamedOrReadWhenDeclared) {
  // 编号,金额 / 侯家塘,1 in GB18030.
  std::string gbk = "\xB1\xE0\xBA\xC5,\xBD\xF0\xB6\xEE\n";
  for (int i = 0; i < 20; ++i) gbk += "\xBA\xEE\xBC\xD2\xCC\xC1\xBD\xD6\xB5\xC0,1\n";
  try {
    load("g.csv", gbk);
    FAIL() << "GB18030 read as UTF-8";
  } catch (const DataError& e) {
    const std::string m = e.what();
    // ICU's guess for so short a text varies (GB18030, EUC-JP); the e2e test
    // checks "looks like GB18030" on the whole plan list.
    EXPECT_NE(m.find("g.csv is not UTF-8 (looks like "), std::string::npos) << m;
    EXPECT_NE(m.find(", or read it with --encoding "), std::string::npos) << m;
  }
  DataOptions o;
  o.encoding = "gb18030";
  const auto r = load("g2.csv", gbk, o);
  ASSERT_EQ(r.size(), 20u);
  EXPECT_EQ(r[0].value.find("编号")->as_string(), "侯家塘街道");
  DataOptions unknown;
  unknown.encoding = "no-such-encoding";
  EXPECT_THROW(load("g3.csv", gbk, unknown), UsageError);
  // A byte sequence invalid in the declared encoding names its line.
  try {
    load("g4.csv", "a\nb\n\x81\x20\n", o);
    FAIL();
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("line 3"), std::string::npos) << e.what();
  }
}

TEST_F(SheetRecords, MalformedQuotingNamesTheLine) {
  try {
    load("q.csv", "a,b\n1,2\n\"open,3\n");
    FAIL();
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("q.csv line 3"), std::string::npos) << e.what();
  }
  EXPECT_THROW(load("q2.csv", "a,b\n1,x\"y\"\n"), DataError);
  EXPECT_THROW(load("empty.csv", ""), DataError);
}

}  // namespace
}  // namespace formwork
