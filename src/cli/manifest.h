#pragma once
// The batch manifest (render --manifest FILE): one JSON Lines entry per
// record, appended as records finish in record order, so a run killed at
// any moment (kill -9) leaves a manifest that says exactly which records
// are complete; `render --resume` reads it back and skips them.
//
// A line: {"record":0,"status":"written","input_sha256":"…",
//   "template_sha256":"…","files":[{"path":"out/a.pdf","size":36726,
//   "sha256":"…"}]}. `record` is the 0-based index in the input; status is
// "written", "invalid" (the data is wrong, exit 2) or "failed" (template or
// I/O error); a later line for the same record replaces an earlier one.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace formwork {

/// One output file of a record: its path as written (output folder
/// included), size in bytes and lower-case hex SHA-256.
struct ManifestFile {
  std::string path;
  uint64_t size = 0;
  std::string sha256;
  bool operator==(const ManifestFile&) const = default;
};

/// One record's line of the manifest.
struct ManifestEntry {
  size_t record = 0;            ///< 0-based index of the record in the input
  std::string status;           ///< "written", "invalid" or "failed"
  std::string input_sha256;     ///< SHA-256 of the record's data (canonical JSON)
  std::string template_sha256;  ///< SHA-256 of the template and fonts files used
  std::vector<ManifestFile> files;
};

/// The entry as one line of JSON (no newline).
std::string manifest_line(const ManifestEntry& entry);

/// Reads a manifest: the last entry for each record. A missing file is an
/// empty manifest. A line that is not a whole entry (the torn last line of
/// a killed run) is skipped: its record is simply rendered again. Throws
/// IoError when the file exists but cannot be read.
std::map<size_t, ManifestEntry> read_manifest(const std::string& path);

/// Size and SHA-256 of each path, in order. Throws IoError naming a file
/// that cannot be read.
std::vector<ManifestFile> describe_files(const std::vector<std::string>& paths);

/// Whether every file of `entry` is on disk with the listed size and
/// SHA-256 (a missing, shortened or edited file is not).
bool files_unchanged(const ManifestEntry& entry);

/// Appends entries to a manifest, each line with one write(2) on a file
/// opened O_APPEND (whole lines, also when a shard shares the file). Not
/// thread-safe: the batch calls it in record order from one thread.
class ManifestWriter {
 public:
  /// Opens `path` (created mode 0644; a symlink at `path` is refused);
  /// `append` keeps what is there (--resume), otherwise it is emptied.
  /// Throws IoError naming the path.
  ManifestWriter(const std::string& path, bool append);
  ~ManifestWriter();
  ManifestWriter(const ManifestWriter&) = delete;
  ManifestWriter& operator=(const ManifestWriter&) = delete;
  /// Writes one line. Throws IoError.
  void add(const ManifestEntry& entry);

 private:
  std::string path_;
  int fd_ = -1;
};

}  // namespace formwork
