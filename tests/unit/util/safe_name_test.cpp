#include "util/safe_name.h"

#include <gtest/gtest.h>

using formwork::safe_file_name;

TEST(SafeFileName, KeepsChineseNames) {
  EXPECT_EQ(safe_file_name("2016001-验收表"), "2016001-验收表");
}

TEST(SafeFileName, NeverLeavesTheFolder) {
  for (const char* hostile : {"../../etc/passwd", "..\\..\\win.ini", "/abs/path", "a/../../b",
                              "....//....//x", ".hidden", "..", "."}) {
    std::string s = safe_file_name(hostile);
    EXPECT_EQ(s.find('/'), std::string::npos) << hostile;
    EXPECT_EQ(s.find('\\'), std::string::npos) << hostile;
    EXPECT_EQ(s.find(".."), std::string::npos) << hostile;
    EXPECT_NE(s.front(), '.') << hostile;
    EXPECT_FALSE(s.empty()) << hostile;
  }
}

TEST(SafeFileName, ControlCharactersAndEmpty) {
  EXPECT_EQ(safe_file_name("a\nb\tc"), "a_b_c");
  EXPECT_EQ(safe_file_name(""), "document");
  EXPECT_EQ(safe_file_name("   "), "document");
}

TEST(SafeFileName, LongNamesCutOnCodePointBoundary) {
  std::string longname;
  for (int i = 0; i < 100; ++i) longname += "验";  // 300 bytes
  std::string s = safe_file_name(longname);
  EXPECT_LE(s.size(), 200u);
  EXPECT_EQ(s.size() % 3, 0u);  // whole three-byte characters only
}
