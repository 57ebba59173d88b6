#include "util/atomic_file.h"

#include <fcntl.h>
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
