// Tests for parse_json / parse_records / load_records: exact numbers, member
// order, positions in errors, JSON Lines, record shapes.
#include "data/records.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "../test_support/scratch_dir.h"
#include "util/errors.h"

namespace formwork {
namespace {

// The DataError message raised by `f`, or "" when none is raised.
template <typename F>
std::string data_error(F f) {
  try {
    f();
  } catch (const DataError& e) {
    return e.what();
  }
  return "";
}

TEST(ParseJson, KeepsNumbersExact) {
  Value v = parse_json(R"({"a": 0.1, "b": 0.2, "c": 265675.22, "d": 12, "e": -7, "f": 1.50})");
  EXPECT_EQ(v.find("a")->as_number() + v.find("b")->as_number(), *Decimal::parse("0.3"));
  EXPECT_EQ(v.find("c")->as_number().to_string(), "265675.22");
  EXPECT_EQ(v.find("d")->as_number(), Decimal(12));
  EXPECT_EQ(v.find("e")->as_number(), Decimal(-7));
  EXPECT_EQ(v.find("f")->as_number().scale(), 2);  // written scale kept
}

TEST(ParseJson, LargeNumbersBeyondDoubleAreExact) {
  Value v = parse_json(R"([18446744073709551615, 123456789012345678901.25, 9007199254740993])");
  const Array& a = v.as_array();
  EXPECT_EQ(a[0].as_number().to_string(), "18446744073709551615");
  EXPECT_EQ(a[1].as_number().to_string(), "123456789012345678901.25");
  EXPECT_EQ(a[2].as_number().to_string(), "9007199254740993");
}

TEST(ParseJson, ExponentNumbers) {
  Value v = parse_json("[1.5e3, 2E-2]");
  EXPECT_EQ(v.as_array()[0].as_number(), Decimal(1500));
  EXPECT_EQ(v.as_array()[1].as_number().to_string(), "0.02");
}

TEST(ParseJson, AllValueKinds) {
  Value v = parse_json(R"({"n": null, "t": true, "f": false, "s": "经费\n", "a": [], "o": {}})");
  EXPECT_TRUE(v.find("n")->is_null());
  EXPECT_TRUE(v.find("t")->as_bool());
  EXPECT_FALSE(v.find("f")->as_bool());
  EXPECT_EQ(v.find("s")->as_string(), "经费\n");
  EXPECT_TRUE(v.find("a")->is_array());
  EXPECT_TRUE(v.find("o")->is_object());
}

TEST(ParseJson, KeepsMemberOrder) {
  Value v = parse_json(R"({"z": 1, "合计": 2, "a": {"y": 1, "b": 2}})");
  const auto& m = v.as_object().members;
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].first, "z");
  EXPECT_EQ(m[1].first, "合计");
  EXPECT_EQ(m[2].first, "a");
  EXPECT_EQ(m[2].second.as_object().members[0].first, "y");
}

TEST(ParseJson, StringsAndKeysBecomeNfc) {
  // "Tiền lương" and "BÁO CÁO" typed with combining marks (NFD).
  Value v = parse_json("{\"Ti\u00EA\u0300n\": \"BA\u0301O CA\u0301O\", \"x\": [\"o\u031B\"]}");
  ASSERT_NE(v.find("Tiền"), nullptr);
  EXPECT_EQ(v.find("Tiền")->as_string(), "BÁO CÁO");
  EXPECT_EQ(v.find("x")->as_array()[0].as_string(), "ơ");
  // The same key in NFC and NFD is a duplicate.
  std::string msg = data_error([] { parse_json("{\"Tiền\": 1, \"Tie\u0302\u0300n\": 2}"); });
  EXPECT_NE(msg.find("duplicate key \"Tiền\""), std::string::npos);
}

TEST(ParseJson, DuplicateKeyNamesKeyAndLine) {
  std::string msg = data_error([] { parse_json("{\n  \"金额\": 1,\n  \"金额\": 2\n}"); });
  EXPECT_EQ(msg, "line 3, column 3: duplicate key \"金额\"");
  // Same key in different objects is fine.
  EXPECT_NO_THROW(parse_json(R"([{"a": 1}, {"a": 2}])"));
}

TEST(ParseJson, MalformedJsonGivesLineAndCodePointColumn) {
  // Column counts code points: "经费" is 2 columns, not 6 bytes.
  std::string msg = data_error([] { parse_json("{\n\"经费\": tru}"); });
  EXPECT_EQ(msg.rfind("line 2, column 10: ", 0), 0u) << msg;
  EXPECT_NE(msg.find("invalid literal"), std::string::npos) << msg;

  msg = data_error([] { parse_json("{\"经费\": 1,}"); });
  EXPECT_EQ(msg.rfind("line 1, column 10: ", 0), 0u) << msg;
  EXPECT_NE(msg.find("expected string literal"), std::string::npos) << msg;
  EXPECT_EQ(msg.find("[json.exception"), std::string::npos) << msg;
}

TEST(ParseJson, UnexpectedEnd) {
  std::string msg = data_error([] { parse_json("{\"a\": [1, 2"); });
  EXPECT_EQ(msg.rfind("line 1, column 12: ", 0), 0u) << msg;
  EXPECT_NE(msg.find("unexpected end of input"), std::string::npos) << msg;
  EXPECT_NE(data_error([] { parse_json(""); }).find("line 1, column 1: "), std::string::npos);
}

TEST(ParseJson, TrailingGarbage) {
  std::string msg = data_error([] { parse_json("{}\n  x"); });
  EXPECT_EQ(msg.rfind("line 2, column 3: ", 0), 0u) << msg;
}

TEST(ParseJson, RefusesDeepNesting) {
  EXPECT_NO_THROW(parse_json(std::string(200, '[') + std::string(200, ']')));
  std::string msg = data_error([] { parse_json(std::string(100000, '[')); });
  EXPECT_EQ(msg, "line 1, column 257: nesting deeper than 256 levels");
}

TEST(ParseJson, SkipsBom) { EXPECT_TRUE(parse_json("\xEF\xBB\xBF{\"a\": 1}").is_object()); }

TEST(ParseRecords, SingleObject) {
  auto records = parse_records("\n\n  {\"名称\": \"项目\"}\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].index, 0);
  EXPECT_EQ(records[0].line, 3);
  EXPECT_EQ(records[0].value.find("名称")->as_string(), "项目");
}

TEST(ParseRecords, ArrayGivesOneRecordPerElementWithLines) {
  auto records = parse_records("[\n  {\"a\": 1},\n\n  {\n    \"a\": 2\n  },   {\"a\": 3}\n]");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].line, 2);
  EXPECT_EQ(records[1].line, 4);
  EXPECT_EQ(records[2].line, 6);
  EXPECT_EQ(records[2].index, 2);
  EXPECT_EQ(records[1].value.find("a")->as_number(), Decimal(2));
}

TEST(ParseRecords, ArrayElementThatIsNotAnObject) {
  EXPECT_EQ(data_error([] { parse_records("[\n{\"a\": 1},\n42\n]"); }),
            "record 2 (line 3) is a number, expected an object");
  EXPECT_EQ(data_error([] { parse_records("[{}, \n\n  \"x\"]"); }),
            "record 2 (line 3) is a string, expected an object");
  EXPECT_EQ(data_error([] { parse_records("[{}, [1]]"); }),
            "record 2 (line 1) is an array, expected an object");
  EXPECT_EQ(data_error([] { parse_records("[null]"); }),
            "record 1 (line 1) is null, expected an object");
  EXPECT_EQ(data_error([] { parse_records("\n\"text\""); }),
            "record 1 (line 2) is a string, expected an object");
}

TEST(ParseRecords, NumberAtEndOfLineReportsItsOwnLine) {
  // The lexer reads one byte past a number; the line must still be the number's.
  EXPECT_EQ(data_error([] { parse_records("[{},\n7\n]"); }),
            "record 2 (line 2) is a number, expected an object");
}

TEST(ParseRecords, JsonLinesDetectedByContent) {
  auto records = parse_records("{\"a\": 1}\n\n{\"a\": 2.50}\r\n{\"a\": 3}\n");
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].line, 1);
  EXPECT_EQ(records[1].line, 3);
  EXPECT_EQ(records[2].line, 4);
  EXPECT_EQ(records[1].value.find("a")->as_number().to_string(), "2.5");
}

// A bad line is a record with its error; the lines around it are still read.
TEST(ParseRecords, JsonLinesErrorNamesTheLineAndKeepsTheOthers) {
  auto r = parse_records("{\"a\": 1}\n{\"a\": 2}\n{\"a\": }\n{\"a\": 4}\n");
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[2].error.rfind("line 3, column 7: ", 0), 0u) << r[2].error;
  EXPECT_TRUE(r[3].error.empty());
  EXPECT_EQ(r[3].value.find("a")->as_number().to_string(), "4");
  r = parse_records("{\"a\": 1}\n{\"a\": 1, \"a\": 2}\n");
  EXPECT_EQ(r[1].error, "line 2, column 10: duplicate key \"a\"");
  r = parse_records("{}\n[1]\n");
  EXPECT_EQ(r[1].error, "record 2 (line 2) is an array, expected an object");
  r = parse_records("{bad\n{\"a\": 2}\n", "in.json");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].error.rfind("in.json: line 1, column 2: ", 0), 0u) << r[0].error;
  EXPECT_TRUE(r[1].error.empty());
}

TEST(ParseRecords, JsonLinesByFileName) {
  auto records = parse_records("{\"a\": 1}\n", "data/in.jsonl");
  ASSERT_EQ(records.size(), 1u);
  records = parse_records("\n{\"b\": 1}\n", "in.ndjson");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].line, 2);
  // A pretty-printed object is not JSON Lines by content.
  EXPECT_EQ(parse_records("{\n\"a\": 1\n}\n").size(), 1u);
}

TEST(ParseRecords, BomSkippedAndLinesUnchanged) {
  auto records = parse_records("\xEF\xBB\xBF[\n{\"a\": 1}]");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].line, 2);
  std::string msg = data_error([] { parse_records("\xEF\xBB\xBF{\"a\" 1}"); });
  EXPECT_EQ(msg.rfind("line 1, column 6: ", 0), 0u) << msg;
}

TEST(ParseRecords, RejectsNonUtf8) {
  std::string msg = data_error([] { parse_records("{\"a\": \"\xBE\xAD\xB7\xD1\"}", "x.json"); });
  EXPECT_EQ(msg.rfind("x.json is not UTF-8 (", 0), 0u) << msg;
  EXPECT_NE(msg.find("line 1, column 8"), std::string::npos) << msg;
}

class LoadRecordsTest : public ::testing::Test {
 protected:
  std::string write(const std::string& name, const std::string& bytes) {
    return dir_.write(name, bytes);
  }
  test::ScratchDir dir_{"data_load_records"};
};

TEST_F(LoadRecordsTest, ReadsFile) {
  auto records = load_records(write("a.jsonl", "{\"合计\": 186432.50}\n{\"合计\": 1}\n"));
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].value.find("合计")->as_number().to_fixed(2), "186432.50");
}

TEST_F(LoadRecordsTest, MissingFileIsIoErrorNamingPath) {
  const std::string path = (dir_.path() / "missing.json").string();
  try {
    load_records(path);
    FAIL() << "no IoError";
  } catch (const IoError& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
  EXPECT_THROW(load_records(dir_.path().string()), IoError);
}

TEST_F(LoadRecordsTest, EncodingErrorNamesFile) {
  const std::string path = write("gbk.json", "{\"a\": \"\xBE\xAD\xB7\xD1\"}");
  try {
    load_records(path);
    FAIL() << "no DataError";
  } catch (const DataError& e) {
    EXPECT_EQ(std::string(e.what()).rfind(path + " is not UTF-8", 0), 0u) << e.what();
  }
}

}  // namespace
}  // namespace formwork
