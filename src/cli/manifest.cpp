#include "cli/manifest.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "util/errors.h"
#include "util/sha256.h"

namespace formwork {

namespace {

using nlohmann::json;

nlohmann::ordered_json file_json(const ManifestFile& f) {
  nlohmann::ordered_json j;
  j["path"] = f.path;
  j["size"] = f.size;
  j["sha256"] = f.sha256;
  return j;
}

/// The entry of one line, or false when the line is not a whole entry.
bool parse_entry(const std::string& line, ManifestEntry& e) {
  const json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return false;
  try {
    e.record = j.at("record").get<size_t>();
    e.status = j.at("status").get<std::string>();
    e.input_sha256 = j.value("input_sha256", "");
    e.template_sha256 = j.value("template_sha256", "");
    e.files.clear();
    for (const json& f : j.value("files", json::array())) {
      e.files.push_back({f.at("path").get<std::string>(), f.at("size").get<uint64_t>(),
                         f.at("sha256").get<std::string>()});
    }
  } catch (const json::exception&) {
    return false;
  }
  return true;
}

}  // namespace

std::string manifest_line(const ManifestEntry& entry) {
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  for (const auto& f : entry.files) files.push_back(file_json(f));
  // Keys in a fixed order (ordered_json) so the manifest of a run is the
  // same bytes at any -j.
  nlohmann::ordered_json j;
  j["record"] = entry.record;
  j["status"] = entry.status;
  j["input_sha256"] = entry.input_sha256;
  j["template_sha256"] = entry.template_sha256;
  j["files"] = files;
  return j.dump();
}

std::map<size_t, ManifestEntry> read_manifest(const std::string& path) {
  std::map<size_t, ManifestEntry> entries;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return entries;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read manifest " + path);
  std::string line;
  ManifestEntry e;
  while (std::getline(in, line)) {
    if (parse_entry(line, e)) entries[e.record] = e;
  }
  if (in.bad()) throw IoError("cannot read manifest " + path);
  return entries;
}

std::vector<ManifestFile> describe_files(const std::vector<std::string>& paths) {
  std::vector<ManifestFile> files;
  files.reserve(paths.size());
  for (const auto& p : paths) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(p, ec);
    if (ec) throw IoError("cannot read " + p + ": " + ec.message());
    files.push_back({p, size, sha256_file_hex(p)});
  }
  return files;
}

bool files_unchanged(const ManifestEntry& entry) {
  for (const auto& f : entry.files) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(std::filesystem::symlink_status(f.path, ec)) ||
        std::filesystem::file_size(f.path, ec) != f.size || ec) {
      return false;
    }
    try {
      if (sha256_file_hex(f.path) != f.sha256) return false;
    } catch (const IoError&) {
      return false;
    }
  }
  return true;
}

ManifestWriter::ManifestWriter(const std::string& path, bool append) : path_(path) {
  const int flags = O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC | (append ? 0 : O_TRUNC);
  fd_ = ::open(path.c_str(), flags, 0644);
  if (fd_ < 0) {
    throw IoError("cannot write manifest " + path + ": " + std::strerror(errno));
  }
}

ManifestWriter::~ManifestWriter() {
  if (fd_ >= 0) ::close(fd_);
}

void ManifestWriter::add(const ManifestEntry& entry) {
  const std::string line = manifest_line(entry) + "\n";
  size_t done = 0;
  while (done < line.size()) {
    const ssize_t n = ::write(fd_, line.data() + done, line.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw IoError("cannot write manifest " + path_ + ": " + std::strerror(errno));
    done += static_cast<size_t>(n);
  }
}

}  // namespace formwork
