#include "cli/manifest.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "util/errors.h"
#include "util/sha256.h"

namespace formwork {
namespace {

namespace fs = std::filesystem;

class ManifestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("fw-manifest-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path(name), std::ios::binary) << text;
  }
  fs::path dir_;
};

TEST_F(ManifestTest, LineHasFixedKeyOrder) {
  ManifestEntry e{7, "written", "aa", "bb", {{"out/x.pdf", 12, "cc"}}};
  EXPECT_EQ(manifest_line(e),
            R"({"record":7,"status":"written","input_sha256":"aa","template_sha256":"bb",)"
            R"("files":[{"path":"out/x.pdf","size":12,"sha256":"cc"}]})");
}

TEST_F(ManifestTest, ReadsBackTheLastEntryOfEachRecordAndSkipsATornLine) {
  {
    ManifestWriter w(path("m.jsonl"), false);
    w.add({0, "failed", "a", "t", {}});
    w.add({1, "invalid", "b", "t", {}});
    w.add({0, "written", "a", "t", {{"f", 1, "s"}}});
  }
  std::ofstream(path("m.jsonl"), std::ios::app) << R"({"record":2,"status":"wri)";
  const auto m = read_manifest(path("m.jsonl"));
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m.at(0).status, "written");
  EXPECT_EQ(m.at(0).files.size(), 1u);
  EXPECT_EQ(m.at(1).status, "invalid");
}

TEST_F(ManifestTest, AMissingManifestIsEmpty) {
  EXPECT_TRUE(read_manifest(path("none.jsonl")).empty());
}

TEST_F(ManifestTest, WriterWithoutAppendStartsEmpty) {
  write("m.jsonl", "old line\n");
  { ManifestWriter w(path("m.jsonl"), false); }
  EXPECT_EQ(fs::file_size(path("m.jsonl")), 0u);
}

TEST_F(ManifestTest, WriterRefusesASymlink) {
  write("target", "keep");
  fs::create_symlink(path("target"), path("link.jsonl"));
  EXPECT_THROW(ManifestWriter(path("link.jsonl"), true), IoError);
}

TEST_F(ManifestTest, FilesUnchangedNoticesEditsAndLoss) {
  write("a.txt", "hello");
  ManifestEntry e{0, "written", "", "", describe_files({path("a.txt")})};
  EXPECT_EQ(e.files[0].size, 5u);
  EXPECT_EQ(e.files[0].sha256, sha256_hex("hello"));
  EXPECT_TRUE(files_unchanged(e));
  write("a.txt", "jello");  // same size, other bytes
  EXPECT_FALSE(files_unchanged(e));
  fs::remove(path("a.txt"));
  EXPECT_FALSE(files_unchanged(e));
}

}  // namespace
}  // namespace formwork
