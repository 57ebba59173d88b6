// The temporary-file scheme against planted symlinks, partial commits and
// stale files (issue 9, items 3 and 4).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>

#include "util/atomic_file.h"
#include "util/errors.h"

namespace fs = std::filesystem;
using namespace formwork;

namespace {

fs::path fresh_dir(const std::string& name) {
  fs::path d =
      fs::temp_directory_path() / ("formwork-safety-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

void put(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

std::string get(const fs::path& p) { return read_file(p.string()); }

std::vector<std::string> names_in(const fs::path& d) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(d)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST(AtomicFileSafety, TemporaryNamesAreRandomAndOfTheOwnScheme) {
  auto d = fresh_dir("names");
  AtomicOutput a((d / "x.pdf").string()), b((d / "x.pdf").string());
  const std::regex scheme(R"(.*/\.formwork-[0-9A-Za-z]{12}\.tmp)");
  EXPECT_TRUE(std::regex_match(a.temp_path(), scheme)) << a.temp_path();
  EXPECT_NE(a.temp_path(), b.temp_path());
  EXPECT_TRUE(is_formwork_temporary(fs::path(a.temp_path()).filename().string()));
  EXPECT_FALSE(is_formwork_temporary(".formwork-.tm"));
}

TEST(AtomicFileSafety, NewFilesGet0644MinusTheUmask) {
  auto d = fresh_dir("mode");
  const mode_t old = ::umask(027);
  write_file_atomic((d / "a.txt").string(), "x");
  ::umask(old);
  struct stat st {};
  ASSERT_EQ(::stat((d / "a.txt").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
}

TEST(AtomicFileSafety, SymlinkAtFinalNameIsReplacedNotFollowed) {
  auto d = fresh_dir("final-link");
  auto outside = fresh_dir("final-link-outside");
  put(outside / "victim", "precious");
  fs::create_symlink(outside / "victim", d / "a.docx");
  write_file_atomic((d / "a.docx").string(), "new");
  EXPECT_EQ(get(outside / "victim"), "precious");
  EXPECT_FALSE(fs::is_symlink(d / "a.docx"));
  EXPECT_EQ(get(d / "a.docx"), "new");
}

TEST(AtomicFileSafety, SymlinksAtTheOldPredictableNamesAreNeverUsed) {
  auto d = fresh_dir("old-names");
  auto outside = fresh_dir("old-names-outside");
  put(outside / "victim", "precious");
  // The names of earlier versions: ".NAME.EXT.tmp-PID" for the next pids.
  for (int pid = ::getpid(); pid < ::getpid() + 5; ++pid) {
    fs::create_symlink(outside / "victim", d / (".a.xlsx.tmp-" + std::to_string(pid)));
  }
  write_file_atomic((d / "a.xlsx").string(), "book");
  EXPECT_EQ(get(outside / "victim"), "precious");
  EXPECT_EQ(get(d / "a.xlsx"), "book");
}

TEST(AtomicFileSafety, LibraryPathReopensTheCreatedFile) {
  auto d = fresh_dir("library-path");
  AtomicOutput out((d / "b.xlsx").string());
  const std::string lib = out.library_path();
  EXPECT_EQ(lib, "/proc/self/fd/" + std::to_string(out.fd()));
  std::FILE* f = std::fopen(lib.c_str(), "wb");  // as libxlsxwriter's zip writer does
  ASSERT_NE(f, nullptr);
  std::fputs("zip", f);
  std::fclose(f);
  out.commit();
  EXPECT_EQ(get(d / "b.xlsx"), "zip");
  EXPECT_EQ(names_in(d), std::vector<std::string>{"b.xlsx"});
}

TEST(AtomicFileSafety, UncommittedSetLeavesNothing) {
  auto d = fresh_dir("set-uncommitted");
  {
    AtomicFileSet set;
    set.stage_bytes((d / "r.pdf").string(), "pdf");
    set.stage((d / "r.xlsx").string());
  }
  EXPECT_TRUE(names_in(d).empty());
}

TEST(AtomicFileSafety, FailedRenameTakesBackTheWholeSet) {
  auto d = fresh_dir("set-rollback");
  put(d / "r.pdf", "old pdf");         // an earlier run's output is restored
  fs::create_directory(d / "r.xlsx");  // rename(2) of a file onto a folder fails
  AtomicFileSet set;
  set.stage_bytes((d / "r.pdf").string(), "new pdf");
  set.stage_bytes((d / "r.docx").string(), "new docx");
  set.stage_bytes((d / "r.xlsx").string(), "new xlsx");
  set.stage_bytes((d / "r.txt").string(), "new txt");
  try {
    set.commit();
    FAIL() << "no IoError";
  } catch (const IoError& e) {
    EXPECT_NE(std::string(e.what()).find("r.xlsx"), std::string::npos) << e.what();
  }
  EXPECT_EQ(get(d / "r.pdf"), "old pdf");
  EXPECT_FALSE(fs::exists(d / "r.docx"));
  EXPECT_FALSE(fs::exists(d / "r.txt"));
  EXPECT_TRUE(fs::is_directory(d / "r.xlsx"));
}

TEST(AtomicFileSafety, CommittedSetReplacesAndLeavesNoBackups) {
  auto d = fresh_dir("set-commit");
  put(d / "r.pdf", "old");
  AtomicFileSet set;
  set.stage_bytes((d / "r.pdf").string(), "new");
  write_file_atomic(set.stage((d / "r.docx").string()), "docx");  // a writer taking a name
  set.commit();
  EXPECT_EQ(get(d / "r.pdf"), "new");
  EXPECT_EQ(get(d / "r.docx"), "docx");
  EXPECT_EQ(names_in(d), (std::vector<std::string>{"r.docx", "r.pdf"}));
}

TEST(AtomicFileSafety, StaleTemporariesRemovedButNotLinksOrLiveOnes) {
  auto d = fresh_dir("stale");
  auto outside = fresh_dir("stale-outside");
  put(outside / "victim", "precious");
  put(d / ".formwork-AAAAAAAAAAAA.tmp", "left by kill -9");
  put(d / "keep.pdf", "output");
  put(d / ".other.tmp", "not ours");
  fs::create_symlink(outside / "victim", d / ".formwork-BBBBBBBBBBBB.tmp");
  fs::create_directory(d / ".formwork-CCCCCCCCCCCC.tmp");
  AtomicOutput live((d / "live.pdf").string());  // a running writer's file
  EXPECT_EQ(remove_stale_temporaries(d.string()), 1u);
  EXPECT_FALSE(fs::exists(d / ".formwork-AAAAAAAAAAAA.tmp"));
  EXPECT_TRUE(fs::is_symlink(d / ".formwork-BBBBBBBBBBBB.tmp"));
  EXPECT_TRUE(fs::is_directory(d / ".formwork-CCCCCCCCCCCC.tmp"));
  EXPECT_TRUE(fs::exists(live.temp_path()));
  EXPECT_TRUE(fs::exists(d / "keep.pdf"));
  EXPECT_TRUE(fs::exists(d / ".other.tmp"));
  EXPECT_EQ(get(outside / "victim"), "precious");
}

TEST(AtomicFileSafety, UnwritableFolderIsFoundUpFront) {
  auto d = fresh_dir("unwritable");
  put(d / "file", "x");
  // A path below a regular file fails for root too (ENOTDIR).
  EXPECT_THROW(check_can_create_files((d / "file" / "sub").string()), IoError);
  // /proc takes no new files, not even from root.
  EXPECT_THROW(check_can_create_files("/proc"), IoError);
  EXPECT_NO_THROW(check_can_create_files(d.string()));
  EXPECT_EQ(names_in(d), std::vector<std::string>{"file"});
}
