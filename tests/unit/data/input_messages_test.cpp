// Messages about unusable data files are valid UTF-8 and name binary
// formats by their signature (issue 9, item 11).
#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <string>

#include "data/json_reader.h"
#include "data/records.h"
#include "util/errors.h"

using namespace formwork;

namespace {

bool valid_utf8(const std::string& s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::string message_for(const std::string& bytes) {
  try {
    parse_records(bytes, "data.json");
  } catch (const DataError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(InputMessages, JsonErrorsQuoteWholeCharacters) {
  for (const std::string& text :
       {std::string(R"(["\ud800é"])"), std::string("t你好"), std::string("[1, n中]"),
        std::string(R"(["a\ud83d中"])"), std::string(R"({"a": "\udc00中"})")}) {
    const std::string m = message_for(text);
    ASSERT_FALSE(m.empty()) << text;
    EXPECT_TRUE(valid_utf8(m)) << m;
    EXPECT_NE(m.find("line 1, column"), std::string::npos) << m;
  }
  EXPECT_NE(message_for("[1, n中]").find("'1, n中'"), std::string::npos);
}

TEST(InputMessages, ExplanationOfForeignBytesIsValidUtf8) {
  EXPECT_TRUE(valid_utf8(json_error_explanation("parse error at 1: last read: 'x\xE4'")));
}

TEST(InputMessages, BinaryFilesAreNamedBySignature) {
  const std::string zip = std::string("PK\x03\x04\x14\x00", 6) + "xl/workbook.xml\xFF\xFE";
  EXPECT_NE(message_for(zip).find("data.json is a ZIP archive (an XLSX workbook), not JSON"),
            std::string::npos)
      << message_for(zip);
  EXPECT_NE(message_for(zip).find("when its name ends in .xlsx"), std::string::npos);
  const std::string docx = std::string("PK\x03\x04", 4) + "word/document.xml\x80";
  EXPECT_NE(message_for(docx).find("a DOCX document"), std::string::npos);
  EXPECT_NE(message_for("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n").find("is a PDF file, not JSON"),
            std::string::npos);
  EXPECT_NE(message_for(std::string("\x1F\x8B\x08\x00\xFF", 5)).find("gzip-compressed"),
            std::string::npos);
  const std::string ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x01", 10);
  EXPECT_NE(message_for(ole).find("Excel 97-2003"), std::string::npos);
  for (const std::string& bytes : {zip, docx, ole}) {
    const std::string m = message_for(bytes);
    EXPECT_EQ(m.find("windows-1252"), std::string::npos) << m;
    EXPECT_TRUE(valid_utf8(m)) << m;
  }
}
