#pragma once
// A scratch folder for tests that write files. ctest runs the test cases of
// one binary as parallel processes, so the folder name carries the process
// id: a fixed name would let concurrent cases overwrite each other's files.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace formwork::test {

class ScratchDir {
 public:
  /// FORMWORK_TEST_TMP/<name>-<pid>, created empty.
  explicit ScratchDir(const std::string& name)
      : path_(std::filesystem::path(FORMWORK_TEST_TMP) /
              (name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  /// Writes `bytes` to <folder>/<file> and returns the file's path.
  std::string write(const std::string& file, std::string_view bytes) const {
    const std::filesystem::path p = path_ / file;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace formwork::test
