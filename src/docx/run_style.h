#pragma once
// Resolved run properties (text_properties.h) as the model's TextStyle:
// the font role chosen from the face that draws the run's text.
#include <string_view>

#include "ooxml/font_role_names.h"
#include "docx/reader_warnings.h"
#include "docx/text_properties.h"
#include "model/document.h"

namespace formwork {

/// Whether `text` needs the East Asian face (w:eastAsia): it holds a Han,
/// kana, Hangul, CJK punctuation or full-width character, or `hint_east_asia`
/// (w:hint="eastAsia") is set and it holds no ASCII letter or digit.
bool needs_east_asian_face(std::string_view text, bool hint_east_asia);

/// The TextStyle of a run holding `text` with properties `props` (already
/// resolved through the style hierarchy):
/// - font_role: from the w:eastAsia face when the text needs it
///   (needs_east_asian_face), else from the w:ascii face (w:hAnsi when
///   ascii is not stated); theme references resolved through `theme`;
///   a face of no role (font_role_for_name) is "song", its name noted in
///   `warnings`. A Latin face that maps to a CJK role (w:ascii="宋体", as
///   the DOCX writer writes own_face_for_latin) gives that role with
///   own_face_for_latin set. Unstated faces are 宋体 / Times New Roman.
///   So a run of only Latin text in 宋体 + Times New Roman reads as "serif",
///   which every writer prints (and the DOCX writer names) as it would
///   "song".
/// - size_pt: w:sz half-points / 2, 10 pt when no level states it (the
///   §17.3.2.38 default);
/// - bold, italic, underline, color as stated.
TextStyle text_style(const RunProps& props, std::string_view text, const ThemeFonts& theme,
                     ReaderWarnings& warnings);

/// Whether two styles print alike (adjacent runs of equal style merge).
bool same_style(const TextStyle& a, const TextStyle& b);

}  // namespace formwork
