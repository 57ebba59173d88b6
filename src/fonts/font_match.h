#pragma once
// fontconfig queries behind FontConfig::resolve and the PDF font provider
// (private to src/fonts and src/pdf).
#include <string>
#include <vector>

#include "fonts/font_config.h"

namespace formwork {

/// What fontconfig reports about one face of a font file.
struct FaceInfo {
  std::string file;
  std::vector<std::string> families;  ///< all names, e.g. {"AR PL SungtiL GB", "文鼎ＰＬ简报宋"}
  int weight = 80;                    ///< fontconfig scale: 80 regular, 200 bold
  int slant = 0;                      ///< fontconfig scale: 0 roman, 100 italic, 110 oblique
  std::string format;                 ///< FC_FONTFORMAT: "TrueType", "CFF", …
  int face_count = 1;                 ///< faces in the file (> 1 for a .ttc collection)

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

/// Why PoDoFo 0.9.8 cannot subset this face ("" when it can): collections
/// (.ttc/.otc, more than one face) and CFF outlines are refused.
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

/// Uses a font file directly for `role`: checks it exists and can be
/// subset; only the regular face is set. Throws std::runtime_error.
FontFiles use_font_file(const std::string& role, const std::string& path);

}  // namespace formwork
