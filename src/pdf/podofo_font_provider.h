#pragma once
// FontProvider over the resolved font files: per-character fallback between
// a role's CJK face, its Latin partner face and the other CJK faces.
// PdfDefines.h (not the forward declarations alone): its configuration
// decides what Pdf3rdPtyForwardDecl.h declares.
#include <podofo/base/PdfDefines.h>
// clang-format off
#include <podofo/base/Pdf3rdPtyForwardDecl.h>
// clang-format on

#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "fonts/font_config.h"
#include "layout/font_metrics.h"
#include "pdf/podofo_font_face.h"

namespace formwork {

/// True when `cp` is set in the Latin face first in CJK text: code points
/// below U+2E80 (Latin, digits, Vietnamese, general punctuation “”—) except
/// the symbol blocks U+2100–U+2BFF (℃ № Ⅱ ① → ○ ■ ★), which Chinese forms
/// take from the CJK font. Chinese typesetting uses a Western font for
/// Western characters (GB/T 15834 leaves their form to the Latin font).
bool prefers_latin_face(char32_t cp);

/// Chooses faces for role/style/code point (see FontProvider). For a CJK
/// role the chain is [role face, Latin partner face, other CJK faces], with
/// the first two swapped for code points that prefer_latin_face(); for a
/// Latin role it is [role face, CJK partner face, other CJK faces]. Bold and
/// italic pick the matching variant file where the family has one. The
/// first face in the chain that has the glyph wins; if none has it, the
/// role's own face. Unknown roles use "song" (or the first role present).
/// Faces are opened lazily, one per file, and shared by all roles.
class PodofoFontProvider : public FontProvider {
 public:
  /// `library` (the PDF document's FreeType handle) must outlive the
  /// provider. Throws std::invalid_argument when `files` is empty.
  PodofoFontProvider(std::map<std::string, FontFiles> files, FT_Library* library);
  ~PodofoFontProvider() override;

  FontFace& face_for(const std::string& role, bool bold, bool italic, char32_t cp) override;

  /// The face of the font file `path` (a FontFace::id()), opened on first
  /// use. Throws std::runtime_error when the file is not a usable font.
  PodofoFontFace& face(const std::string& path);

 private:
  using ChainKey = std::tuple<std::string, bool, bool, bool>;
  const std::vector<std::string>& chain(const std::string& role, bool bold, bool italic,
                                        bool latin_first);
  std::vector<std::string> build_chain(const std::string& role, bool bold, bool italic,
                                       bool latin_first) const;
  const FontFiles& files_of(const std::string& role) const;

  std::map<std::string, FontFiles> files_;
  FT_Library* library_;
  std::map<std::string, std::unique_ptr<PodofoFontFace>> faces_;
  std::map<ChainKey, std::vector<std::string>> chains_;
};

}  // namespace formwork
