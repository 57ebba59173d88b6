// LibreOffice (a second, independent DOCX implementation) converts the
// package to PDF; the PDF shows the text, the landscape page size, the page
// break and the footer fields evaluated.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "../test_support/required_tool.h"
#include "docx/docx_writer.h"
#include "docx_test_support.h"

namespace formwork {
namespace {

using docx_test::run_command;

std::string without_spaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\n' && c != '\f') out += c;
  }
  return out;
}

// The value of a pdfinfo field ("Pages", "Page size"), spaces trimmed.
std::string info_field(const std::string& info, const std::string& key) {
  size_t at = info.find("\n" + key + ":");
  if (at == std::string::npos) return "";
  size_t start = info.find_first_not_of(' ', at + key.size() + 2);
  return info.substr(start, info.find('\n', start) - start);
}

TEST(DocxLibreOffice, ConvertsToPdfWithTextPagesAndFooter) {
  FORMWORK_REQUIRE_TOOL(std::filesystem::exists("/usr/bin/soffice"),
                        "soffice (scripts/setup.sh installs libreoffice-writer-nogui)");
  std::string dir = docx_test::fresh_dir();
  write_docx(docx_test::sample_document(), dir + "/out.docx");
  int status = -1;
  std::string log = run_command(
      "cd '" + dir + "' && HOME='" + dir + "' soffice --headless --convert-to pdf --outdir '" +
          dir + "' -env:UserInstallation=file://" + dir + "/lo-profile out.docx 2>&1",
      &status);
  ASSERT_EQ(status, 0) << log;
  std::string pdf = dir + "/out.pdf";
  ASSERT_TRUE(std::filesystem::exists(pdf)) << log;

  std::string info = "\n" + run_command("pdfinfo '" + pdf + "'");
  EXPECT_EQ(info_field(info, "Pages"), "2") << info;                               // the page break
  EXPECT_EQ(info_field(info, "Page size").rfind("841.89 x 595.", 0), 0u) << info;  // A4 landscape

  std::string text = without_spaces(run_command("pdftotext -enc UTF-8 '" + pdf + "' -"));
  for (const char* expected : {"经费决算表", "一、基本情况", "Tom&Jerry<b>\"quoted\"'single'",
                               "265,675.22", "仅一格", "第二页", "第1页共2页", "第2页共2页"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
}

}  // namespace
}  // namespace formwork
