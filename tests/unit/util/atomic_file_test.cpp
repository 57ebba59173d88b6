#include "util/atomic_file.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "util/errors.h"

namespace fs = std::filesystem;
using namespace formwork;

namespace {

fs::path fresh_dir(const std::string& name) {
  fs::path d =
      fs::temp_directory_path() / ("formwork-util-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

size_t file_count(const fs::path& d) {
  size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(d)) ++n;
  return n;
}

}  // namespace

TEST(AtomicFile, WritesAndReadsBack) {
  auto d = fresh_dir("rw");
  write_file_atomic((d / "a.txt").string(), "经费决算表\n");
  EXPECT_EQ(read_file((d / "a.txt").string()), "经费决算表\n");
  EXPECT_EQ(file_count(d), 1u);  // no temporary file left beside it
}

TEST(AtomicFile, ReplacesExistingFileWhole) {
  auto d = fresh_dir("replace");
  write_file_atomic((d / "a.txt").string(), "old and longer");
  write_file_atomic((d / "a.txt").string(), "new");
  EXPECT_EQ(read_file((d / "a.txt").string()), "new");
}

TEST(AtomicFile, UncommittedOutputLeavesNothing) {
  auto d = fresh_dir("uncommitted");
  {
    AtomicOutput out((d / "b.xlsx").string());
    write_file_atomic(out.temp_path() + ".x", "");  // a library wrote its temp file…
    std::FILE* f = std::fopen(out.temp_path().c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs("partial", f);
    std::fclose(f);
  }  // …and failed before commit()
  EXPECT_FALSE(fs::exists(d / "b.xlsx"));
  EXPECT_EQ(file_count(d), 1u);  // only the helper file written above
}

TEST(AtomicFile, MissingFolderIsIoErrorNamingThePath) {
  try {
    write_file_atomic("/nonexistent-formwork-dir/x.pdf", "x");
    FAIL() << "no IoError";
  } catch (const IoError& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent-formwork-dir/x.pdf"), std::string::npos);
  }
  EXPECT_THROW(read_file("/nonexistent-formwork-dir/y.json"), IoError);
}
