#include "util/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/errors.h"

namespace formwork {

namespace {

std::string errno_text() { return std::strerror(errno); }

mode_t current_umask() {
  const mode_t m = ::umask(0);
  ::umask(m);
  return m;
}

// A temporary name in the same folder, so rename(2) never crosses file
// systems; the pid keeps concurrent processes apart.
std::string temp_name_for(const std::string& final_path) {
  auto slash = final_path.find_last_of('/');
  std::string dir = slash == std::string::npos ? "" : final_path.substr(0, slash + 1);
  std::string base = slash == std::string::npos ? final_path : final_path.substr(slash + 1);
  return dir + "." + base + ".tmp-" + std::to_string(::getpid());
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

}  // namespace

void write_file_atomic(const std::string& path, std::string_view bytes) {
  AtomicOutput out(path);
  int fd = ::open(out.temp_path().c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw IoError("cannot create " + path + ": " + errno_text());
  try {
    write_all(fd, bytes, path);
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    throw IoError("cannot write " + path + ": " + errno_text());
  }
  out.commit();
}

AtomicOutput::AtomicOutput(std::string final_path)
    : final_path_(std::move(final_path)), temp_path_(temp_name_for(final_path_)) {}

AtomicOutput::~AtomicOutput() {
  if (!committed_) std::remove(temp_path_.c_str());
}

void AtomicOutput::commit() {
  if (::rename(temp_path_.c_str(), final_path_.c_str()) != 0) {
    throw IoError("cannot move " + temp_path_ + " to " + final_path_ + ": " + errno_text());
  }
  committed_ = true;
}

namespace {

/// A new file beside `final_path` named ".formwork-XXXXXX.tmp" (mkstemps:
/// random, O_CREAT|O_EXCL), never a symlink followed. Returns its fd.
int create_temp(const std::string& final_path, std::string& temp) {
  const auto slash = final_path.find_last_of('/');
  const std::string dir = slash == std::string::npos ? "" : final_path.substr(0, slash + 1);
  std::string name = dir + ".formwork-XXXXXX.tmp";
  const int fd = ::mkostemps(name.data(), 4, O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) throw IoError("cannot create a file beside " + final_path + ": " + errno_text());
  ::fchmod(fd, 0644 & ~current_umask());
  temp = name;
  return fd;
}

}  // namespace

AtomicFileSet::~AtomicFileSet() {
  if (committed_) return;
  for (const Staged& s : staged_) ::unlink(s.temp.c_str());
}

std::string AtomicFileSet::stage(const std::string& final_path) {
  std::string temp;
  const int fd = create_temp(final_path, temp);
  staged_.push_back({temp, final_path});
  ::close(fd);
  return temp;
}

void AtomicFileSet::stage_bytes(const std::string& final_path, std::string_view bytes) {
  std::string temp;
  const int fd = create_temp(final_path, temp);
  staged_.push_back({temp, final_path});
  try {
    write_all(fd, bytes, final_path);
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    throw IoError("cannot write " + final_path + ": " + errno_text());
  }
}

void AtomicFileSet::commit() {
  for (const Staged& s : staged_) {
    if (::rename(s.temp.c_str(), s.final_path.c_str()) != 0) {
      throw IoError("cannot move " + s.temp + " to " + s.final_path + ": " + errno_text());
    }
  }
  committed_ = true;
}

size_t remove_stale_temporaries(const std::string& dir) {
  size_t removed = 0;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.starts_with(".formwork-") && name.ends_with(".tmp") && e.is_regular_file(ec) &&
        !e.is_symlink(ec)) {
      removed += ::unlink(e.path().c_str()) == 0;
    }
  }
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
