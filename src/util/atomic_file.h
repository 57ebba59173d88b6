#pragma once
// Atomic output: a file appears under its final name complete or not at
// all (write to a temporary file in the same folder, fsync, rename(2)).
//
// Every temporary file is created the same way: a name that cannot be
// predicted (".formwork-<12 random characters>.tmp", the randomness from
// getrandom(2)), opened with O_CREAT|O_EXCL|O_NOFOLLOW and mode 0644 (the
// kernel applies the umask and any default ACL, so no process-wide umask
// call is needed), in the folder of the final file, so rename(2) never
// crosses file systems. O_EXCL refuses any existing name, a planted
// symlink included (POSIX open(): "If O_CREAT and O_EXCL are set ... and
// path names a symbolic link, open() shall fail"). rename(2) replaces a
// symlink standing at the final name by the file itself; its target is
// never touched. Each temporary is held under flock(2) while its writer
// lives, so remove_stale_temporaries never takes one of a running process.
#include <string>
#include <string_view>
#include <vector>

namespace formwork {

/// Writes `bytes` to `path` atomically. Throws IoError naming the path.
void write_file_atomic(const std::string& path, std::string_view bytes);

/// One file made atomically: the constructor creates the temporary file
/// beside `final_path` (see the scheme above) and keeps it open; write to
/// fd(), or let a library open library_path(); commit() fsyncs it and
/// renames it into place. The destructor removes the temporary file if
/// commit() was not called, so a failed write leaves nothing behind.
class AtomicOutput {
 public:
  /// Throws IoError naming the folder when no file can be created there.
  explicit AtomicOutput(std::string final_path);
  ~AtomicOutput();
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;
  /// The temporary file's path (for messages and tests).
  const std::string& temp_path() const { return temp_path_; }
  /// The open, empty temporary file (O_WRONLY). Owned by this object.
  int fd() const { return fd_; }
  /// A name for a library that opens the file itself (libxlsxwriter):
  /// "/proc/self/fd/N", which reopens exactly the file created above even if
  /// its name was swapped meanwhile; temp_path() when /proc is not mounted.
  std::string library_path() const;
  /// Fsyncs and closes the file, renames it to the final path and fsyncs the
  /// folder. Throws IoError (the temporary file is then removed).
  void commit();

 private:
  std::string final_path_, temp_path_;
  int fd_ = -1;
  bool committed_ = false;
};

/// Reads a whole file. `what` names the kind of file in the error
/// ("template", "schema", …): "cannot read template t.xml: No such file or
/// directory". Throws IoError, also when `path` is a folder.
std::string read_file(const std::string& path, std::string_view what = "");

/// Files that appear all together or not at all (one record's formats).
/// Each is first written to a private temporary file beside its final path
/// (the scheme above); commit() renames them all into place. If one rename
/// fails, the files already moved are taken back (a file they replaced is
/// restored from a hard link made before) so no partial set stays. The
/// destructor removes every temporary not committed. One set is used by one
/// thread; different sets may be used at once.
class AtomicFileSet {
 public:
  /// `sync`: fsync each file and its folder at commit (power-loss safe per
  /// record). A batch passes false and calls sync_file_system() once at the
  /// end: a killed process loses nothing either way (the page cache
  /// outlives it), and one sync instead of one per file keeps the batch's
  /// time in the CPU, not in the disk's write barrier.
  explicit AtomicFileSet(bool sync = true) : sync_(sync) {}
  ~AtomicFileSet();
  AtomicFileSet(const AtomicFileSet&) = delete;
  AtomicFileSet& operator=(const AtomicFileSet&) = delete;

  /// Creates the temporary for `final_path` and returns its path, for a
  /// writer that takes a file name (the writer may replace the file by
  /// rename(2), as write_file_atomic does). Throws IoError.
  std::string stage(const std::string& final_path);
  /// stage() for a library that opens the file itself and follows
  /// symlinks (libxlsxwriter): "/proc/self/fd/N" of the temporary, as
  /// AtomicOutput::library_path. Throws IoError.
  std::string stage_for_library(const std::string& final_path);
  /// Writes `bytes` to a new temporary for `final_path` (and fsyncs it when
  /// syncing). Throws IoError.
  void stage_bytes(const std::string& final_path, std::string_view bytes);
  /// Renames every staged file to its final path, then fsyncs the folders.
  /// Throws IoError naming the file that could not be moved; the final
  /// paths are then as they were before.
  void commit();

 private:
  struct Staged {
    std::string temp, final_path;
    int fd = -1;  // kept open for its flock until commit or destruction
  };
  void rollback(size_t renamed, const std::vector<std::string>& backups);
  std::vector<Staged> staged_;
  bool sync_ = true;
  bool committed_ = false;
};

/// Flushes every file written so far on the file system holding `path` to
/// disk (syncfs(2)); the end of a batch written with AtomicFileSet(false).
/// Throws IoError naming the path when the flush fails.
void sync_file_system(const std::string& path);

/// Removes files of formwork's temporary naming (".formwork-*.tmp") in
/// `dir` (not below it) that a killed run left; returns how many. Only
/// regular files whose flock(2) is free (no live writer, on this machine or,
/// over NFS, another) are removed; symlinks are never followed or removed.
/// Throws nothing.
size_t remove_stale_temporaries(const std::string& dir);

/// Creates and removes a temporary file in `dir` by the scheme above, to
/// find an unwritable folder before any work. Throws IoError "cannot create
/// files in D: Permission denied" (or "Read-only file system", …).
void check_can_create_files(const std::string& dir);

/// Whether `name` (a file name, no folder) is of formwork's temporary
/// naming ".formwork-*.tmp".
bool is_formwork_temporary(std::string_view name);

}  // namespace formwork
