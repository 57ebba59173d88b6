#pragma once
// Which faces may draw a character of a font role, in order of preference.
#include <map>
#include <string>
#include <vector>

#include "fonts/font_config.h"

namespace formwork {

/// True when `cp` is set in the Latin face first in CJK text: code points
/// below U+2E80 (Latin, digits, Vietnamese, general punctuation “”—) except
/// the symbol blocks U+2100–U+2BFF (℃ № Ⅱ ① → ○ ■ ★), which Chinese forms
/// take from the CJK font. Chinese typesetting uses a Western font for
/// Western characters (GB/T 15834 leaves their form to the Latin font).
bool prefers_latin_face(char32_t cp);

/// The variant of `files` for the style, falling back to the nearest one
/// the family has (layout adds synthetic bold/italic where the face lacks
/// it).
const std::string& variant_file(const FontFiles& files, bool bold, bool italic);

/// The roles' files for `role`: that role, else "song", else the first.
/// `roles` must not be empty.
const FontFiles& files_of(const std::map<std::string, FontFiles>& roles, const std::string& role);

/// The face keys that may draw a character for `role` in the style, best
/// first, without repeats: for a CJK role [role face, Latin partner face],
/// swapped when `latin_first` (prefers_latin_face); for a Latin role [role
/// face, CJK partner face]; then every other CJK role's regular face in
/// role order; then `symbol` (the symbol font's variant for the style, if
/// any). Unknown roles use "song" (or the first role present).
std::vector<std::string> face_chain(const std::map<std::string, FontFiles>& roles,
                                    const std::string& role, bool bold, bool italic,
                                    bool latin_first, const FontFiles* symbol);

}  // namespace formwork
