#pragma once
// --manifest and --resume for one batch: what is recorded of each record
// and when a record of an earlier run can be kept as it is.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/manifest.h"
#include "model/value.h"
#include "template/template.h"

namespace formwork {

/// The manifest side of a batch. Without --manifest it does nothing.
class BatchLedger {
 public:
  /// Opens `manifest_path` ("" for none): emptied for a new batch, read and
  /// then appended to with `resume`. The template digest covers the
  /// template, its schema and checks files and `fonts_path` (when given),
  /// so a changed template renders every record again. Throws UsageError
  /// for --resume without --manifest, IoError naming an unreadable file.
  BatchLedger(const std::string& manifest_path, bool resume, const Template& tpl,
              const std::string& fonts_path);
  ~BatchLedger();

  bool enabled() const { return writer_ != nullptr; }

  /// SHA-256 of the record's data as canonical JSON (keys in order).
  static std::string input_digest(const Value& record);

  /// With --resume: the earlier run's entry of record `index` when that run
  /// wrote it from the same data (`input_sha256`), template and output
  /// `paths`, and its files are still on disk unchanged (size and SHA-256);
  /// nullopt otherwise. Thread-safe (read only).
  std::optional<ManifestEntry> complete(size_t index, const std::string& input_sha256,
                                        const std::vector<std::string>& paths) const;

  /// The entry for record `index`: its files described from disk when
  /// status is "written". Thread-safe. Throws IoError.
  ManifestEntry entry(size_t index, const std::string& status, const std::string& input_sha256,
                      const std::vector<std::string>& paths) const;

  /// Appends `entry` (in record order, one thread). Throws IoError.
  void add(const ManifestEntry& entry);

  /// Records of the earlier run kept as they were.
  size_t kept() const { return kept_; }
  void count_kept() { ++kept_; }

 private:
  std::string template_sha256_;
  std::map<size_t, ManifestEntry> previous_;
  std::unique_ptr<ManifestWriter> writer_;
  size_t kept_ = 0;
};

}  // namespace formwork
