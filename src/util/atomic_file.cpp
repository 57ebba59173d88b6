#include "util/atomic_file.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "util/errors.h"

namespace formwork {

namespace {

constexpr std::string_view kPrefix = ".formwork-";
constexpr std::string_view kSuffix = ".tmp";
constexpr int kAttempts = 100;  // EEXIST on 71 random bits means a planted name

std::string errno_text() { return std::strerror(errno); }

std::string folder_of(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

std::string folder_label(const std::string& folder) { return folder.empty() ? "." : folder; }

// 12 characters of [0-9A-Za-z] from getrandom(2) (about 71 bits).
std::string random_part() {
  static constexpr std::string_view kChars =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  std::array<unsigned char, 12> raw{};
  size_t got = 0;
  while (got < raw.size()) {
    const ssize_t n = ::getrandom(raw.data() + got, raw.size() - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw IoError("cannot draw a random file name: " + errno_text());
    got += static_cast<size_t>(n);
  }
  std::string s;
  for (unsigned char c : raw) s += kChars[c % kChars.size()];
  return s;
}

std::string random_temp_name(const std::string& folder) {
  return folder + std::string(kPrefix) + random_part() + std::string(kSuffix);
}

/// Creates a new temporary file in `folder` (scheme in the header), locked
/// with flock so remove_stale_temporaries leaves it alone. Returns its fd
/// and sets `temp`. Throws IoError "cannot create <what>: <reason>".
int create_temp(const std::string& folder, std::string& temp, const std::string& what) {
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    std::string name = random_temp_name(folder);
    const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) {
      if (errno == EEXIST) continue;
      throw IoError("cannot create " + what + ": " + errno_text());
    }
    // The lock may be refused on file systems without it; the file is then
    // only protected by its random name.
    (void)::flock(fd, LOCK_EX | LOCK_NB);
    struct stat st {};
    // A cleaner of another run may have removed it before the lock.
    if (::fstat(fd, &st) == 0 && st.st_nlink == 0) {
      ::close(fd);
      continue;
    }
    temp = std::move(name);
    return fd;
  }
  throw IoError("cannot create " + what + ": every random temporary name tried in " +
                folder_label(folder) + " exists");
}

void write_all(int fd, std::string_view bytes, const std::string& path) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw IoError("cannot write " + path + ": " + errno_text());
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
}

/// Makes renames in `folder` durable (a rename is a change of the folder).
/// Failures are ignored: some file systems refuse fsync on a folder, and the
/// files themselves are already synced.
void sync_folder(const std::string& folder) {
  const int fd = ::open(folder_label(folder).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  (void)::fsync(fd);
  ::close(fd);
}

void close_fd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

/// Locks the file now under `temp` again: a writer given the name may have
/// replaced the file (rename over it), and the new one is not yet locked.
int relock(const std::string& temp) {
  const int fd = ::open(temp.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd >= 0) (void)::flock(fd, LOCK_EX | LOCK_NB);
  return fd;
}

/// A hard link to what stands at `final_path` (a previous output, or a
/// symlink: linkat without AT_SYMLINK_FOLLOW links the symlink itself), so a
/// failed commit can put it back. "" when nothing is there or it cannot be
/// linked (a folder, a file system without hard links).
std::string backup_of(const std::string& final_path) {
  struct stat st {};
  if (::lstat(final_path.c_str(), &st) != 0 || S_ISDIR(st.st_mode)) return "";
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    std::string name = random_temp_name(folder_of(final_path));
    if (::linkat(AT_FDCWD, final_path.c_str(), AT_FDCWD, name.c_str(), 0) == 0) return name;
    if (errno != EEXIST) return "";
  }
  return "";
}

/// "/proc/self/fd/N" when it leads to the file open as `fd`, else
/// `temp_path` (no /proc).
std::string library_path_of(int fd, const std::string& temp_path) {
  const std::string proc = "/proc/self/fd/" + std::to_string(fd);
  struct stat by_proc {
  }, by_fd{};
  // The magic link must lead to our file (no /proc, or a foreign one, fails).
  if (::stat(proc.c_str(), &by_proc) == 0 && ::fstat(fd, &by_fd) == 0 &&
      by_proc.st_dev == by_fd.st_dev && by_proc.st_ino == by_fd.st_ino) {
    return proc;
  }
  return temp_path;
}

}  // namespace

void write_file_atomic(const std::string& path, std::string_view bytes) {
  AtomicOutput out(path);
  write_all(out.fd(), bytes, path);
  out.commit();
}

AtomicOutput::AtomicOutput(std::string final_path) : final_path_(std::move(final_path)) {
  fd_ = create_temp(folder_of(final_path_), temp_path_, final_path_);
}

void check_can_create_files(const std::string& dir) {
  std::string folder = dir.empty() || dir.ends_with('/') ? dir : dir + "/";
  std::string temp;
  const int fd = create_temp(folder, temp, "files in " + dir);
  ::unlink(temp.c_str());
  ::close(fd);
}

AtomicOutput::~AtomicOutput() {
  if (!committed_) ::unlink(temp_path_.c_str());
  close_fd(fd_);
}

std::string AtomicOutput::library_path() const { return library_path_of(fd_, temp_path_); }

void AtomicOutput::commit() {
  if (::fsync(fd_) != 0) throw IoError("cannot write " + final_path_ + ": " + errno_text());
  if (::rename(temp_path_.c_str(), final_path_.c_str()) != 0) {
    throw IoError("cannot move " + temp_path_ + " to " + final_path_ + ": " + errno_text());
  }
  committed_ = true;
  sync_folder(folder_of(final_path_));
  // Closed only now: the file stays locked until it has its final name.
  close_fd(fd_);
}

AtomicFileSet::~AtomicFileSet() {
  for (Staged& s : staged_) {
    if (!committed_) ::unlink(s.temp.c_str());
    close_fd(s.fd);
  }
}

std::string AtomicFileSet::stage(const std::string& final_path) {
  Staged s{"", final_path, -1};
  s.fd = create_temp(folder_of(final_path), s.temp, final_path);
  staged_.push_back(std::move(s));
  return staged_.back().temp;
}

std::string AtomicFileSet::stage_for_library(const std::string& final_path) {
  stage(final_path);
  return library_path_of(staged_.back().fd, staged_.back().temp);
}

void sync_file_system(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw IoError("cannot open " + path + " to flush it: " + errno_text());
  const int rc = ::syncfs(fd);
  const std::string why = errno_text();
  ::close(fd);
  if (rc != 0) throw IoError("cannot flush " + path + " to disk: " + why);
}

void AtomicFileSet::stage_bytes(const std::string& final_path, std::string_view bytes) {
  stage(final_path);
  const int fd = staged_.back().fd;
  write_all(fd, bytes, final_path);
  if (sync_ && ::fsync(fd) != 0) {
    throw IoError("cannot write " + final_path + ": " + errno_text());
  }
}

void AtomicFileSet::rollback(size_t renamed, const std::vector<std::string>& backups) {
  for (size_t j = 0; j < renamed; ++j) {
    if (backups[j].empty() || ::rename(backups[j].c_str(), staged_[j].final_path.c_str()) != 0) {
      ::unlink(staged_[j].final_path.c_str());
    }
  }
  for (const std::string& b : backups) {
    if (!b.empty()) ::unlink(b.c_str());
  }
}

void AtomicFileSet::commit() {
  for (Staged& s : staged_) {
    // A writer given the name may have put a new file there: lock that one
    // before letting the first go.
    const int fd = relock(s.temp);
    close_fd(s.fd);
    s.fd = fd;
  }
  std::vector<std::string> backups;
  for (const Staged& s : staged_) backups.push_back(backup_of(s.final_path));
  for (size_t i = 0; i < staged_.size(); ++i) {
    const Staged& s = staged_[i];
    if (::rename(s.temp.c_str(), s.final_path.c_str()) != 0) {
      const std::string why = errno_text();
      rollback(i, backups);
      throw IoError("cannot move " + s.temp + " to " + s.final_path + ": " + why);
    }
  }
  committed_ = true;
  for (const std::string& b : backups) {
    if (!b.empty()) ::unlink(b.c_str());
  }
  std::set<std::string> folders;
  for (const Staged& s : staged_) folders.insert(folder_of(s.final_path));
  if (sync_) {
    for (const std::string& f : folders) sync_folder(f);
  }
}

bool is_formwork_temporary(std::string_view name) {
  return name.size() > kPrefix.size() + kSuffix.size() && name.starts_with(kPrefix) &&
         name.ends_with(kSuffix);
}

namespace {

/// Removes `name` in the folder `dir_fd` if it is a regular file nobody holds
/// locked. O_NOFOLLOW: a symlink is neither opened nor removed.
bool remove_if_stale(int dir_fd, const char* name) {
  const int fd = ::openat(dir_fd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st {};
  bool removed = false;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::flock(fd, LOCK_EX | LOCK_NB) == 0) {
    removed = ::unlinkat(dir_fd, name, 0) == 0;
  }
  ::close(fd);
  return removed;
}

}  // namespace

size_t remove_stale_temporaries(const std::string& dir) {
  const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd < 0) return 0;
  DIR* d = ::fdopendir(dir_fd);
  if (!d) {
    ::close(dir_fd);
    return 0;
  }
  // Names first, removal after: unlinking while readdir runs may skip names.
  std::vector<std::string> names;
  while (const dirent* e = ::readdir(d)) {
    if (is_formwork_temporary(e->d_name)) names.emplace_back(e->d_name);
  }
  size_t removed = 0;
  for (const std::string& n : names) removed += remove_if_stale(::dirfd(d), n.c_str());
  ::closedir(d);
  return removed;
}

std::string read_file(const std::string& path, std::string_view what) {
  std::string name = what.empty() ? path : std::string(what) + " " + path;
  std::error_code ec;
  // An ifstream opens a folder without error and reads nothing from it.
  if (std::filesystem::is_directory(path, ec)) {
    throw IoError("cannot read " + name + ": it is a folder");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read " + name + ": " + errno_text());
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw IoError("cannot read " + name + ": " + errno_text());
  return ss.str();
}

}  // namespace formwork
