#pragma once
// Atomic output: a file appears under its final name complete or not at
// all (write to a temporary file in the same folder, fsync, rename(2)).
#include <string>
#include <string_view>

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
