#include "fonts/font_fallback.h"

#include <fontconfig/fontconfig.h>

#include <memory>
#include <stdexcept>
#include <string_view>

#include "fonts/face_key.h"

namespace formwork {
namespace {

using PatternPtr = std::unique_ptr<FcPattern, decltype(&FcPatternDestroy)>;
using FontSetPtr = std::unique_ptr<FcFontSet, decltype(&FcFontSetDestroy)>;
using CharSetPtr = std::unique_ptr<FcCharSet, decltype(&FcCharSetDestroy)>;

bool is_truetype(const FcPattern* font) {
  FcChar8* format = nullptr;
  return FcPatternGetString(font, FC_FONTFORMAT, 0, &format) == FcResultMatch &&
         std::string_view(reinterpret_cast<const char*>(format)) == "TrueType";
}

bool has_char(const FcPattern* font, char32_t cp) {
  FcCharSet* charset = nullptr;
  return FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) == FcResultMatch &&
         FcCharSetHasChar(charset, cp);
}

}  // namespace

std::string find_face_with(char32_t cp) {
  if (!FcInit()) throw std::runtime_error("fontconfig could not load its configuration");
  CharSetPtr wanted(FcCharSetCreate(), FcCharSetDestroy);
  FcCharSetAddChar(wanted.get(), cp);
  PatternPtr pattern(FcPatternCreate(), FcPatternDestroy);
  FcPatternAddCharSet(pattern.get(), FC_CHARSET, wanted.get());
  FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  FontSetPtr fonts(FcFontSort(nullptr, pattern.get(), FcFalse, nullptr, &result), FcFontSetDestroy);
  if (!fonts) return "";
  for (int i = 0; i < fonts->nfont; ++i) {
    const FcPattern* font = fonts->fonts[i];
    FcChar8* file = nullptr;
    int index = 0;
    if (!has_char(font, cp) || !is_truetype(font) ||
        FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch) {
      continue;
    }
    FcPatternGetInteger(font, FC_INDEX, 0, &index);
    // Variable-font instances share the face's index in the low 16 bits.
    return face_key(reinterpret_cast<const char*>(file), static_cast<unsigned>(index & 0xFFFF));
  }
  return "";
}

}  // namespace formwork
