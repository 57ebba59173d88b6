#pragma once
// The process-wide font engine: one per `formwork render`, shared by the
// layout of every record and every PDF written, on every worker thread.
#include <map>
#include <memory>
#include <string>

#include "fonts/font_config.h"
#include "layout/font_metrics.h"

namespace formwork {

/// Font metrics and font programs for layout and PDF writing, built once
/// from the resolved roles (FontConfig::resolve). face_for() and every
/// FontFace it returns may be used from several threads at once.
class FontEngine : public FontProvider {
 public:
  /// Throws std::invalid_argument when `roles` is empty, std::runtime_error
  /// for a font file that cannot be read.
  explicit FontEngine(std::map<std::string, FontFiles> roles);
  ~FontEngine() override;
  FontEngine(const FontEngine&) = delete;
  FontEngine& operator=(const FontEngine&) = delete;

  FontFace& face_for(const std::string& role, bool bold, bool italic, char32_t cp) override;

  /// The resolved roles the engine was built from.
  const std::map<std::string, FontFiles>& roles() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace formwork
