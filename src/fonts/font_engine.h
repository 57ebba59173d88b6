#pragma once
// The process-wide font engine: one per `formwork render`, shared by the
// layout of every record and every PDF written, on every worker thread.
#include <map>
#include <memory>
#include <string>

#include "fonts/font_config.h"
#include "fonts/hb_face.h"
#include "layout/font_metrics.h"

namespace formwork {

/// The family of the symbol font tried after the roles' faces (☑ ☐ ✓ ★ …;
/// Debian package fonts-dejavu-core). Optional: without it the fallback
/// goes on to any installed font.
inline constexpr const char* kSymbolFamily = "DejaVu Sans";

/// Font metrics, shaping and font programs for layout and PDF writing,
/// built once from the resolved roles (FontConfig::resolve). Each font file
/// is mapped once into one HbFace shared by every caller. face_for(),
/// face() and every face they return may be used from several threads at
/// once.
///
/// Per-character fallback (face_for): the role's chain (face_chain: own
/// face and Latin partner, the other CJK faces), then the symbol font
/// (kSymbolFamily, in the style's variant), then any installed font with
/// TrueType outlines that fontconfig finds with the character
/// (find_face_with, cached per code point). When none has it, the role's
/// own face, whose has_glyph() is then false: layout reports the code
/// point as a warning instead of dropping it silently.
class FontEngine : public FontProvider {
 public:
  /// Opens the faces of every role and of the symbol font. Throws
  /// std::invalid_argument when `roles` is empty, std::runtime_error for a
  /// font file that cannot be read or has no TrueType outlines.
  explicit FontEngine(std::map<std::string, FontFiles> roles);
  ~FontEngine() override;
  FontEngine(const FontEngine&) = delete;
  FontEngine& operator=(const FontEngine&) = delete;

  FontFace& face_for(const std::string& role, bool bold, bool italic, char32_t cp,
                     bool own_face_first = false) override;

  /// The face with key `key` (a FontFace::id(), GlyphRun::face_id), opened
  /// on first use. Throws std::runtime_error when it is not a usable font.
  HbFace& face(const std::string& key);

  /// The resolved roles the engine was built from.
  const std::map<std::string, FontFiles>& roles() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace formwork
