#pragma once
// The last resort of the per-character fallback: any installed font that
// has the character.
#include <string>

namespace formwork {

/// The face key (src/fonts/face_key.h) of an installed font with TrueType
/// outlines whose charset has `cp`, or "" when none has it. Candidates come
/// from fontconfig's FcFontSort for a pattern whose FC_CHARSET holds `cp`
/// (after FcConfigSubstitute and FcDefaultSubstitute), best first: the
/// same configuration and fonts always give the same face. Each call
/// queries fontconfig; callers cache the answer per code point. Throws
/// std::runtime_error when fontconfig cannot load its configuration.
std::string find_face_with(char32_t cp);

}  // namespace formwork
