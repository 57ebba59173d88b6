// The ZIP package: parts, order, integrity, determinism, atomic writing.
#include <gtest/gtest.h>
#include <zip.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <stdexcept>

#include "docx/docx_writer.h"
#include "docx_test_support.h"
#include "util/atomic_file.h"
#include "util/errors.h"

namespace formwork {
namespace {

using docx_test::fresh_dir;
using docx_test::run_command;
using docx_test::sample_document;

TEST(OpcPackage, UnzipListsEveryPartContentTypesFirst) {
  std::string path = fresh_dir() + "/out.docx";
  write_docx(sample_document(), path);
  int status = 0;
  std::string listing = run_command("unzip -Z1 '" + path + "'", &status);
  ASSERT_EQ(status, 0);
  for (const char* part :
       {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
        "word/settings.xml", "word/fontTable.xml", "word/footer1.xml",
        "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml"}) {
    EXPECT_NE(listing.find(std::string(part) + "\n"), std::string::npos) << part;
  }
  EXPECT_EQ(listing.rfind("[Content_Types].xml\n", 0), 0u) << listing;
  run_command("unzip -tq '" + path + "'", &status);
  EXPECT_EQ(status, 0) << "unzip -t found a damaged entry";
}

TEST(OpcPackage, JustifiedLinesEndedByABreakAreNotStretched) {
  // Multi-line justified cells: Word/LibreOffice must not spread a line
  // that ends in w:br (issue 11, DOCX defect).
  std::string path = fresh_dir() + "/out.docx";
  write_docx(sample_document(), path);
  int status = 0;
  const std::string settings = run_command("unzip -p '" + path + "' word/settings.xml", &status);
  ASSERT_EQ(status, 0);
  const size_t flag = settings.find("<w:compat><w:doNotExpandShiftReturn/>");
  EXPECT_NE(flag, std::string::npos) << settings;
  EXPECT_LT(flag, settings.find("<w:compatSetting")) << "CT_Compat order";
}

TEST(OpcPackage, EntriesAreDeflatedAndStampedJanuary2000) {
  std::string path = fresh_dir() + "/out.docx";
  write_docx(sample_document(), path);
  int err = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &err);
  ASSERT_NE(zip, nullptr);
  zip_int64_t n = zip_get_num_entries(zip, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    ASSERT_EQ(zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &st), 0);
    EXPECT_EQ(st.comp_method, ZIP_CM_DEFLATE) << st.name;
    std::tm tm{};
    localtime_r(&st.mtime, &tm);
    EXPECT_EQ(tm.tm_year + 1900, 2000) << st.name;
    EXPECT_EQ(tm.tm_mon, 0);
    EXPECT_EQ(tm.tm_mday, 1);
  }
  zip_discard(zip);
}

TEST(OpcPackage, NoFooterPartWithoutFooter) {
  std::string path = fresh_dir() + "/out.docx";
  Document doc = sample_document();
  doc.page.footer.pattern.clear();
  write_docx(doc, path);
  for (const std::string& name : docx_test::zip_names(path)) {
    EXPECT_EQ(name.find("footer"), std::string::npos) << name;
  }
  EXPECT_EQ(docx_test::zip_entry(path, "word/document.xml").find("footerReference"),
            std::string::npos);
  EXPECT_EQ(docx_test::zip_entry(path, "[Content_Types].xml").find("footer"), std::string::npos);
}

TEST(OpcPackage, TwoWritesAreByteIdenticalInAnyTimeZone) {
  std::string dir = fresh_dir();
  const char* old_tz = std::getenv("TZ");
  std::string saved = old_tz ? old_tz : "";
  ::setenv("TZ", "UTC", 1);
  ::tzset();
  write_docx(sample_document(), dir + "/a.docx");
  ::setenv("TZ", "Asia/Shanghai", 1);
  ::tzset();
  write_docx(sample_document(), dir + "/b.docx");
  if (old_tz) {
    ::setenv("TZ", saved.c_str(), 1);
  } else {
    ::unsetenv("TZ");
  }
  ::tzset();
  std::string a = read_file(dir + "/a.docx");
  EXPECT_GT(a.size(), 1000u);
  EXPECT_TRUE(a == read_file(dir + "/b.docx")) << "outputs differ";
}

TEST(OpcPackage, MissingFolderThrowsIoErrorAndLeavesNothing) {
  std::string dir = fresh_dir();
  std::string path = dir + "/no-such-folder/out.docx";
  EXPECT_THROW(write_docx(sample_document(), path), IoError);
  EXPECT_FALSE(std::filesystem::exists(dir + "/no-such-folder"));
  EXPECT_TRUE(std::filesystem::is_empty(dir));
}

TEST(OpcPackage, OverflowingTableThrowsAndWritesNothing) {
  std::string dir = fresh_dir();
  Document doc = sample_document();
  Table bad;
  bad.column_widths = {1, 1};
  Row row;
  row.cells.resize(3);
  bad.rows = {row};
  doc.blocks.push_back(bad);
  EXPECT_THROW(write_docx(doc, dir + "/out.docx"), std::invalid_argument);
  EXPECT_TRUE(std::filesystem::is_empty(dir));
}

TEST(OpcPackage, OverwritesAnExistingFile) {
  std::string path = fresh_dir() + "/out.docx";
  write_file_atomic(path, "old");
  write_docx(sample_document(), path);
  EXPECT_EQ(read_file(path).substr(0, 2), "PK");
}

}  // namespace
}  // namespace formwork
