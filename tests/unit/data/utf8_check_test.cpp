// Tests for check_utf8: valid text passes; other encodings are named by ICU's
// charset detector with the position of the first bad byte.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>

#include "data/records.h"
#include "util/errors.h"

namespace formwork {
namespace {

std::string utf8_error(std::string_view bytes) {
  try {
    check_utf8(bytes, "data.json");
  } catch (const DataError& e) {
    return e.what();
  }
  return "";
}

// Converts UTF-8 text to `charset` with ICU, as a file saved by a GBK/GB18030
// editor would hold it.
std::string convert_from_utf8(const std::string& text, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(text.size() * 4 + 16, '\0');
  int32_t len = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                             text.data(), static_cast<int32_t>(text.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<size_t>(len));
  return out;
}

// A realistic paragraph of a Chinese work report (from the seeds), long
// enough (~200 characters) for statistical detection.
const std::string kParagraph =
    "{\n  \"职能职责概述\": "
    "\"岳阳市城市管理和综合执法局湖南城陵矶新港区分局承担城陵矶新港区范围内所有"
    "城市管理工作。\",\n  \"年度主要工作内容\": "
    "\"一、着力推行步行看城管工作机制，采取步行为主的巡查方式，"
    "重点对辖区范围城市管理工作进行巡查。二、根据市中心城区六区城市标准化管理考核工作要求，对服务外"
    "包单位"
    "进行严格评分，将评分结果作为经费核拨的重要依据。三、把服务外包单位维护管理提质作为重点工作来抓"
    "，通过"
    "合理安排每月工作重点和生产计划，有效提升了服务外包单位养护水平。四、牢固树立靠前服务、跟踪服务"
    "和优质"
    "服务意识，转变工作作风，优化审批服务。\"\n}\n";

TEST(CheckUtf8, AcceptsUtf8) {
  EXPECT_EQ(utf8_error(kParagraph), "");
  EXPECT_EQ(utf8_error("\xEF\xBB\xBF{\"a\": \"Tiếng Việt 𝄞\"}"), "");
  EXPECT_EQ(utf8_error(""), "");
}

TEST(CheckUtf8, LiteralGb18030Bytes) {
  // "经费" in GB18030 is BE AD B7 D1; the first is invalid UTF-8 at column 8.
  std::string msg = utf8_error("{\"a\": \"\xBE\xAD\xB7\xD1\"}");
  EXPECT_EQ(msg.rfind("data.json is not UTF-8 (", 0), 0u) << msg;
  EXPECT_NE(msg.find("first invalid byte at line 1, column 8"), std::string::npos) << msg;
  EXPECT_NE(msg.find("iconv -f "), std::string::npos) << msg;
}

TEST(CheckUtf8, NamesGb18030ForChineseParagraph) {
  const std::string gb = convert_from_utf8(kParagraph, "GB18030");
  ASSERT_NE(gb, kParagraph);
  // 职 is D6 B0 in GB18030, which happens to be valid UTF-8 (U+05B0), so the
  // first invalid byte is the second character's, at column 5.
  EXPECT_EQ(utf8_error(gb),
            "data.json is not UTF-8 (looks like GB18030, first invalid byte at line 2, column 5); "
            "convert it with iconv -f GB18030 -t UTF-8");
}

TEST(CheckUtf8, ColumnCountsCodePointsBeforeTheBadByte) {
  std::string msg = utf8_error("{}\n\"经费\xFF\"");
  EXPECT_NE(msg.find("first invalid byte at line 2, column 4"), std::string::npos) << msg;
}

TEST(CheckUtf8, RejectsOverlongAndSurrogates) {
  EXPECT_NE(utf8_error("\"\xC0\xAF\""), "");      // overlong '/'
  EXPECT_NE(utf8_error("\"\xED\xA0\x80\""), "");  // UTF-16 surrogate
  EXPECT_NE(utf8_error("\"\xE7\xBB\""), "");      // truncated sequence
}

TEST(CheckUtf8, NamesUtf16And32ByteOrderMarks) {
  EXPECT_EQ(utf8_error(std::string("\xFF\xFE{\0}\0", 6)),
            "data.json is not UTF-8 (it starts with the byte order mark of UTF-16LE); "
            "convert it with iconv -f UTF-16LE -t UTF-8");
  EXPECT_NE(utf8_error(std::string("\xFE\xFF\0{\0}", 6)).find("UTF-16BE"), std::string::npos);
  EXPECT_NE(utf8_error(std::string("\xFF\xFE\0\0{\0\0\0", 8)).find("UTF-32LE"), std::string::npos);
  EXPECT_NE(utf8_error(std::string("\0\0\xFE\xFF\0\0\0{", 8)).find("UTF-32BE"), std::string::npos);
}

TEST(CheckUtf8, Utf16WithoutBomIsCaughtByItsNulBytes) {
  const std::string utf16 = convert_from_utf8("{\"a\": \"经费\"}", "UTF-16LE");
  std::string msg = utf8_error(utf16);
  EXPECT_EQ(msg.rfind("data.json is not UTF-8 (", 0), 0u) << msg;
  EXPECT_NE(msg.find("line 1, column 2"), std::string::npos) << msg;
}

}  // namespace
}  // namespace formwork
