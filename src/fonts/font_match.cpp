#include "fonts/font_match.h"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <stdexcept>

#include "fonts/face_key.h"
#include "fonts/font_roles.h"

namespace formwork {
namespace {

using PatternPtr = std::unique_ptr<FcPattern, decltype(&FcPatternDestroy)>;
using FontSetPtr = std::unique_ptr<FcFontSet, decltype(&FcFontSetDestroy)>;

const FcChar8* fc_str(const std::string& s) { return reinterpret_cast<const FcChar8*>(s.c_str()); }

void ensure_fontconfig() {
  // FcInit is idempotent; a failure means no configuration at all.
  if (!FcInit()) throw std::runtime_error("fontconfig could not load its configuration");
}

std::string pattern_string(const FcPattern* pat, const char* object, int index = 0) {
  FcChar8* value = nullptr;
  if (FcPatternGetString(pat, object, index, &value) != FcResultMatch) return "";
  return reinterpret_cast<const char*>(value);
}

int pattern_int(const FcPattern* pat, const char* object, int fallback) {
  int value = fallback;
  FcPatternGetInteger(pat, object, 0, &value);
  return value;
}

FaceInfo face_from_pattern(const FcPattern* pat) {
  FaceInfo face;
  face.file = pattern_string(pat, FC_FILE);
  for (int i = 0;; ++i) {
    std::string family = pattern_string(pat, FC_FAMILY, i);
    if (family.empty()) break;
    face.families.push_back(family);
  }
  face.weight = pattern_int(pat, FC_WEIGHT, FC_WEIGHT_REGULAR);
  face.slant = pattern_int(pat, FC_SLANT, FC_SLANT_ROMAN);
  face.format = pattern_string(pat, FC_FONTFORMAT);
  // Variable-font named instances keep the face number in the low 16 bits.
  face.index = static_cast<unsigned>(pattern_int(pat, FC_INDEX, 0) & 0xFFFF);
  return face;
}

/// The faces fontconfig ranks for `family` at the given weight/slant,
/// best first, restricted to faces that really belong to `family`.
std::vector<FaceInfo> ranked_faces(const std::string& family, int weight, int slant) {
  ensure_fontconfig();
  PatternPtr pat(FcPatternCreate(), FcPatternDestroy);
  FcPatternAddString(pat.get(), FC_FAMILY, fc_str(family));
  FcPatternAddInteger(pat.get(), FC_WEIGHT, weight);
  FcPatternAddInteger(pat.get(), FC_SLANT, slant);
  FcConfigSubstitute(nullptr, pat.get(), FcMatchPattern);
  FcDefaultSubstitute(pat.get());
  FcResult result = FcResultNoMatch;
  FontSetPtr set(FcFontSort(nullptr, pat.get(), FcFalse, nullptr, &result), FcFontSetDestroy);
  std::vector<FaceInfo> faces;
  if (!set) return faces;
  for (int i = 0; i < set->nfont; ++i) {
    FaceInfo face = face_from_pattern(set->fonts[i]);
    if (face.file.empty() || !face.has_family(family)) continue;
    faces.push_back(std::move(face));
  }
  return faces;
}

std::string not_found_message(const std::string& role, const std::string& family) {
  std::string msg = "font role '" + role + "': family '" + family + "' not found";
  const std::string package = package_for_family(family);
  if (!package.empty()) return msg + " (install " + package + ")";
  return msg + " (install the font, or point the role at a .ttf file; see docs/fonts.md)";
}

/// The first usable face matching the style predicate, or nullptr.
template <typename Pred>
const FaceInfo* first_usable(const std::vector<FaceInfo>& faces, Pred pred) {
  for (const FaceInfo& face : faces) {
    if (unusable_reason(face).empty() && pred(face)) return &face;
  }
  return nullptr;
}

std::string pick_regular(const std::string& role, const std::string& family) {
  const std::vector<FaceInfo> faces = ranked_faces(family, FC_WEIGHT_REGULAR, FC_SLANT_ROMAN);
  if (faces.empty()) throw std::runtime_error(not_found_message(role, family));
  const FaceInfo* face =
      first_usable(faces, [](const FaceInfo& f) { return !f.bold() && !f.italic(); });
  if (!face) face = first_usable(faces, [](const FaceInfo&) { return true; });
  if (!face) {
    throw std::runtime_error("font role '" + role + "': family '" + family + "' found only in " +
                             faces.front().file + ", which " + unusable_reason(faces.front()));
  }
  return face->key();
}

std::string pick_variant(const std::string& family, bool bold, bool italic,
                         const std::string& regular) {
  const std::vector<FaceInfo> faces = ranked_faces(
      family, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
  const FaceInfo* face = first_usable(faces, [&](const FaceInfo& f) {
    return f.key() != regular && f.bold() == bold && f.italic() == italic;
  });
  return face ? face->key() : "";
}

}  // namespace

std::string FaceInfo::key() const { return face_key(file, index); }

bool FaceInfo::has_family(const std::string& family) const {
  // fontconfig compares families ignoring case and blanks; its
  // FcStrCmpIgnoreBlanksAndCase is not public, so strip blanks here.
  auto without_blanks = [](std::string s) {
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    return s;
  };
  const std::string wanted = without_blanks(family);
  return std::any_of(families.begin(), families.end(), [&](const std::string& name) {
    return FcStrCmpIgnoreCase(fc_str(without_blanks(name)), fc_str(wanted)) == 0;
  });
}

FaceInfo query_face_file(const std::string& path) {
  ensure_fontconfig();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw std::runtime_error("font file '" + path + "' not found");
  }
  int count = 0;
  PatternPtr pat(FcFreeTypeQuery(fc_str(path), 0, nullptr, &count), FcPatternDestroy);
  if (!pat) throw std::runtime_error("'" + path + "' is not a font file fontconfig can read");
  FaceInfo face = face_from_pattern(pat.get());
  face.file = path;
  face.face_count = std::max(count, 1);
  return face;
}

std::string unusable_reason(const FaceInfo& face) {
  if (!face.format.empty() && face.format != "TrueType") {
    return "has " + face.format +
           " outlines; PDF output embeds TrueType outlines only (CIDFontType2), so use a .ttf or "
           "a TrueType .ttc (see docs/fonts.md)";
  }
  return "";
}

FontFiles match_family(const std::string& role, const std::string& family) {
  FontFiles files;
  files.regular = pick_regular(role, family);
  files.bold = pick_variant(family, true, false, files.regular);
  files.italic = pick_variant(family, false, true, files.regular);
  files.bold_italic = pick_variant(family, true, true, files.regular);
  return files;
}

FontFiles use_font_file(const std::string& role, const std::string& path) {
  FaceInfo face;
  try {
    face = query_face_file(path);
  } catch (const std::runtime_error& e) {
    throw std::runtime_error("font role '" + role + "': " + e.what());
  }
  const std::string reason = unusable_reason(face);
  if (!reason.empty()) {
    throw std::runtime_error("font role '" + role + "': '" + path + "' " + reason);
  }
  FontFiles files;
  files.regular = path;
  return files;
}

}  // namespace formwork
