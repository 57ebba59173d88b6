#pragma once
// Atomic output: a file appears under its final name complete or not at
// all (write to a temporary file in the same folder, fsync, rename(2)).
#include <string>
#include <string_view>
#include <vector>

namespace formwork {

/// Writes `bytes` to `path` atomically. Throws IoError naming the path.
void write_file_atomic(const std::string& path, std::string_view bytes);

/// For libraries that write to a file name themselves (libxlsxwriter,
/// libzip): hands out a temporary path beside `final_path`; commit()
/// renames it into place; the destructor removes the temporary file if
/// commit() was not called, so a failed write leaves nothing behind.
class AtomicOutput {
 public:
  explicit AtomicOutput(std::string final_path);
  ~AtomicOutput();
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;
  const std::string& temp_path() const { return temp_path_; }
  /// Renames the temporary file to the final path. Throws IoError.
  void commit();

 private:
  std::string final_path_, temp_path_;
  bool committed_ = false;
};

/// Reads a whole file. `what` names the kind of file in the error
/// ("template", "schema", …): "cannot read template t.xml: No such file or
/// directory". Throws IoError, also when `path` is a folder.
std::string read_file(const std::string& path, std::string_view what = "");

}  // namespace formwork

namespace formwork {

/// Files that appear all together or not at all (one record's formats).
/// Each is first written to a private temporary file in its final folder,
/// named ".formwork-<random>.tmp" and created with O_CREAT|O_EXCL|
/// O_NOFOLLOW (mode 0644 after umask), so a symlink planted in the folder
/// is never followed and names cannot be predicted; commit() renames them
/// all into place. The destructor removes every temporary not committed.
class AtomicFileSet {
 public:
  AtomicFileSet() = default;
  ~AtomicFileSet();
  AtomicFileSet(const AtomicFileSet&) = delete;
  AtomicFileSet& operator=(const AtomicFileSet&) = delete;

  /// Creates the temporary for `final_path` and returns its path, for a
  /// library that writes to a file name itself (libxlsxwriter). Throws
  /// IoError.
  std::string stage(const std::string& final_path);
  /// Writes `bytes` to a new temporary for `final_path` and fsyncs it.
  /// Throws IoError.
  void stage_bytes(const std::string& final_path, std::string_view bytes);
  /// Renames every staged file to its final path. Throws IoError.
  void commit();

 private:
  struct Staged {
    std::string temp, final_path;
  };
  std::vector<Staged> staged_;
  bool committed_ = false;
};

/// Removes files of formwork's temporary naming (".formwork-*.tmp") in
/// `dir` (not below it) that a killed run left; returns how many. Never
/// follows symlinks. Throws nothing.
size_t remove_stale_temporaries(const std::string& dir);

}  // namespace formwork
