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

TEST(SafeFileName, WindowsDeviceNamesGetAPrefix) {
  EXPECT_EQ(safe_file_name("CON"), "_CON");
  EXPECT_EQ(safe_file_name("nul.txt"), "_nul.txt");
  EXPECT_EQ(safe_file_name("Com1.docx"), "_Com1.docx");
  EXPECT_EQ(safe_file_name("lpt9"), "_lpt9");
  EXPECT_EQ(safe_file_name("AUX .tar.gz"), "_AUX .tar.gz");
  EXPECT_EQ(safe_file_name("prn."), "_prn");  // Windows drops the trailing dot
  EXPECT_EQ(safe_file_name("COM¹"), "_COM¹");
  EXPECT_EQ(safe_file_name("CON\u202E"), "_CON");  // hidden behind a bidi override
  // Names that only begin like a device are left alone.
  EXPECT_EQ(safe_file_name("CONSOLE"), "CONSOLE");
  EXPECT_EQ(safe_file_name("COM10"), "COM10");
  EXPECT_EQ(safe_file_name("NUL-报告"), "NUL-报告");
}

TEST(SafeFileName, BidiControlsAreRemoved) {
  // "invoice" RLO "fdp.exe" would show as "invoiceexe.pdf".
  EXPECT_EQ(safe_file_name("invoice\u202Efdp.exe"), "invoicefdp.exe");
  EXPECT_EQ(safe_file_name("\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200Fa"), "a");
}

TEST(SafeFileName, ForbiddenCharactersAndTrailingDots) {
  EXPECT_EQ(safe_file_name("a\uFFFEb\u0085c\u2028d"), "a_b_c_d");
  EXPECT_EQ(safe_file_name("报告. . ."), "报告");
  EXPECT_EQ(safe_file_name("a\xFF"
                           "b"),
            "a\uFFFDb");
}
