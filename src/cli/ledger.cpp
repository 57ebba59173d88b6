#include "cli/ledger.h"

#include "util/atomic_file.h"
#include "util/errors.h"
#include "util/sha256.h"
#include "validate/value_json.h"

namespace formwork {

namespace {

/// Digest of the files that decide how a record is rendered, each prefixed
/// by its length so two different file sets never concatenate alike.
std::string setup_digest(const Template& tpl, const std::string& fonts_path) {
  std::string all;
  for (const std::string& path : {tpl.path(), tpl.schema_path(), tpl.checks_path(), fonts_path}) {
    const std::string bytes = path.empty() ? "" : read_file(path);
    all += std::to_string(bytes.size()) + ":" + bytes;
  }
  return sha256_hex(all);
}

}  // namespace

BatchLedger::BatchLedger(const std::string& manifest_path, bool resume, const Template& tpl,
                         const std::string& fonts_path) {
  if (manifest_path.empty()) {
    if (resume) throw UsageError("--resume needs the --manifest of the run it continues");
    return;
  }
  template_sha256_ = setup_digest(tpl, fonts_path);
  if (resume) previous_ = read_manifest(manifest_path);
  writer_ = std::make_unique<ManifestWriter>(manifest_path, resume);
}

BatchLedger::~BatchLedger() = default;

std::string BatchLedger::input_digest(const Value& record) {
  return sha256_hex(to_nlohmann(record).dump());
}

std::optional<ManifestEntry> BatchLedger::complete(size_t index, const std::string& input_sha256,
                                                   const std::vector<std::string>& paths) const {
  const auto it = previous_.find(index);
  if (it == previous_.end()) return std::nullopt;
  const ManifestEntry& e = it->second;
  if (e.status != "written" || e.input_sha256 != input_sha256 ||
      e.template_sha256 != template_sha256_ || e.files.size() != paths.size()) {
    return std::nullopt;
  }
  for (size_t i = 0; i < paths.size(); ++i) {
    if (e.files[i].path != paths[i]) return std::nullopt;
  }
  if (!files_unchanged(e)) return std::nullopt;
  return e;
}

ManifestEntry BatchLedger::entry(size_t index, const std::string& status,
                                 const std::string& input_sha256,
                                 const std::vector<std::string>& paths) const {
  ManifestEntry e;
  e.record = index;
  e.status = status;
  e.input_sha256 = input_sha256;
  e.template_sha256 = template_sha256_;
  if (status == "written") e.files = describe_files(paths);
  return e;
}

void BatchLedger::add(const ManifestEntry& entry) {
  if (writer_) writer_->add(entry);
}

}  // namespace formwork
