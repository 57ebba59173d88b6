// RecordStream: JSON Lines read line by line (a bad line is a record with
// its error), arrays and single values read whole.
#include "data/record_stream.h"

#include <gtest/gtest.h>

#include "../test_support/scratch_dir.h"

namespace formwork {
namespace {

std::vector<Record> all(const std::string& path) {
  RecordStream s(path);
  std::vector<Record> out;
  Record r;
  while (s.next(r)) out.push_back(r);
  EXPECT_EQ(s.count(), out.size());
  return out;
}

TEST(RecordStream, JsonLinesOneAtATimeWithLinesAndErrors) {
  test::ScratchDir dir("record_stream");
  const std::string p =
      dir.write("d.jsonl", "\xEF\xBB\xBF{\"a\": 1.50}\n\n{\"a\": \n[2]\n{\"a\": 3}\n");
  RecordStream s(p);
  EXPECT_EQ(s.total(), 4u);
  const auto r = all(p);
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0].value.find("a")->as_number().to_string(), "1.5");
  EXPECT_EQ(r[1].line, 3);
  EXPECT_NE(r[1].error.find("d.jsonl: line 3, column"), std::string::npos) << r[1].error;
  EXPECT_NE(r[2].error.find("not an object"), std::string::npos) << r[2].error;
  EXPECT_TRUE(r[3].error.empty());
  EXPECT_EQ(r[3].index, 3);
  EXPECT_EQ(r[3].line, 5);
}

TEST(RecordStream, ArraysAndSingleValuesAreReadWhole) {
  test::ScratchDir dir("record_stream");
  const auto arr = all(dir.write("a.json", "[\n  {\"a\": 1},\n  {\"a\": 2}\n]\n"));
  ASSERT_EQ(arr.size(), 2u);
  EXPECT_EQ(arr[1].line, 3);
  const auto one = all(dir.write("o.json", "{\n  \"a\": 1\n}\n"));
  ASSERT_EQ(one.size(), 1u);
}

}  // namespace
}  // namespace formwork
