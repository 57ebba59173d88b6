#pragma once
// Which font file draws each font role. Roles and their Debian defaults:
//   song     宋体    AR PL SungtiL GB   (fonts-arphic-gbsn00lp)
//   fangsong 仿宋    AR PL SungtiL GB   (no free 仿宋; point it at 仿宋_GB2312)
//   kai      楷体    AR PL KaitiM GB    (fonts-arphic-gkai00mp)
//   hei      黑体    Droid Sans Fallback (fonts-droid-fallback)
//   xbs      小标宋  AR PL SungtiL GB   (point it at 方正小标宋)
//   serif    Latin   Liberation Serif   (fonts-liberation2)
//   sans     Latin   Liberation Sans    (fonts-liberation2)
// A user overrides roles in a JSON file (fonts.json, docs/fonts.md):
//   {"fangsong": "FangSong_GB2312", "xbs": "/home/me/fonts/FZXBSJW.ttf"}
// Values are fontconfig family names or font file paths (.ttf, .ttc).
#include <map>
#include <string>

namespace formwork {

/// The resolved font faces of every role, regular and bold/italic variants
/// where the family has them (CJK families usually have only regular).
struct FontFiles {
  /// Face keys (src/fonts/face_key.h: the file path, plus "#<index>" for
  /// a face other than the first of a .ttc collection); "" if none.
  std::string regular, bold, italic, bold_italic;
};

class FontConfig {
 public:
  /// The Debian defaults above.
  static FontConfig defaults();
  /// Defaults overridden by the roles in a JSON file. Throws IoError or
  /// DataError (bad JSON, unknown role).
  static FontConfig load(const std::string& path);

  /// Resolves every role through fontconfig (FcFontSort) to faces with
  /// TrueType outlines (a .ttf, or one face of a .ttc collection); CFF
  /// outlines are refused, as PDF output embeds CIDFontType2 fonts. Throws
  /// std::runtime_error naming the role and family when nothing usable is
  /// found (with the package that provides the default).
  std::map<std::string, FontFiles> resolve() const;

  const std::map<std::string, std::string>& roles() const { return roles_; }

  /// The roles this configuration points at a font family other than the
  /// default, by family name (role → family, e.g. {"fangsong",
  /// "FangSong_GB2312"}): the names a DOCX must give Word. Roles given as
  /// font files are left out, as a file path names no face Word could use.
  std::map<std::string, std::string> family_overrides() const;

 private:
  std::map<std::string, std::string> roles_;
};

}  // namespace formwork
