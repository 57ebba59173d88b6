#pragma once
// fontconfig queries behind FontConfig::resolve and the font engine
// (private to src/fonts).
#include <string>
#include <vector>

#include "fonts/font_config.h"

namespace formwork {

/// What fontconfig reports about one face of a font file.
struct FaceInfo {
  std::string file;
  unsigned index = 0;                 ///< face number inside the file (FC_INDEX; .ttc collections)
  std::vector<std::string> families;  ///< all names, e.g. {"AR PL SungtiL GB", "文鼎ＰＬ简报宋"}
  int weight = 80;                    ///< fontconfig scale: 80 regular, 200 bold
  int slant = 0;                      ///< fontconfig scale: 0 roman, 100 italic, 110 oblique
  std::string format;                 ///< FC_FONTFORMAT: "TrueType", "CFF", …
  int face_count = 1;                 ///< faces in the file (> 1 for a .ttc collection)

  /// The face's key: file and index (src/fonts/face_key.h).
  std::string key() const;

  /// Semibold or heavier (fontconfig weight ≥ 180).
  bool bold() const { return weight >= 180; }
  /// Italic or oblique.
  bool italic() const { return slant != 0; }
  /// True when one of `families` equals `family`, ignoring case and blanks
  /// (fontconfig's own family comparison).
  bool has_family(const std::string& family) const;
};

/// Reads face 0 of a font file with FcFreeTypeQuery. Throws
/// std::runtime_error when the file does not exist or is not a font.
FaceInfo query_face_file(const std::string& path);

/// Why PDF output cannot embed this face ("" when it can): fonts are
/// embedded as CIDFontType2 subsets (PDF 32000-1 §9.7.4), which hold
/// TrueType outlines, so CFF-outline fonts are refused. Faces of TrueType
/// collections (.ttc) are fine: hb-subset writes the one face used.
std::string unusable_reason(const FaceInfo& face);

/// Finds the regular face and the bold/italic/bold-italic variants of
/// `family` through fontconfig (FcConfigSubstitute, FcDefaultSubstitute,
/// FcFontSort), keeping only faces whose family really is `family` (the
/// fallbacks fontconfig always adds are ignored). A variant is only kept
/// when its file differs from the regular one and its weight/slant really
/// is bold/italic; otherwise it is "". Throws std::runtime_error naming
/// `role` and `family` (and the Debian package for a default family) when
/// no usable regular face exists.
FontFiles match_family(const std::string& role, const std::string& family);

/// Uses a font file directly for `role` (face 0 of a collection): checks it
/// exists and can be embedded; only the regular face is set. Throws
/// std::runtime_error.
FontFiles use_font_file(const std::string& role, const std::string& path);

}  // namespace formwork
