#pragma once
// A workbook's cell formats (ECMA-376 Part 1 §18.8 styles: §18.8.45 xf of
// cellXfs, §18.8.22 font, §18.8.20 fill, §18.8.4 border, §18.8.1
// alignment, §18.8.30/31 numFmt) reduced to what the document model can
// show, for the XLSX reader.
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "model/document.h"

namespace formwork::xlsx_read {

/// One cellXfs entry as the reader uses it.
struct XfStyle {
  TextStyle font;             ///< role from the face, size in pt, bold, italic, underline, colour
  std::string face;           ///< the face name as written (for the unknown-font warning)
  bool face_known = true;     ///< font_role_for_name knew `face`
  bool align_general = true;  ///< horizontal general: numbers right, text left
  Align align = Align::Left;  ///< when !align_general
  bool distributed = false;   ///< horizontal distributed/fill/centerContinuous, shown approximately
  VAlign valign = VAlign::Bottom;  ///< Excel's default is bottom (§18.18.88)
  bool wrap = false;               ///< alignment wrapText
  bool shaded = false;             ///< a solid pattern fill that is not white
  int border_sides = 0;            ///< how many of left, right, top, bottom have a line
  bool border_styled = false;  ///< a line that is not thin black (thick, double, dashed, coloured)
  std::string number_format;   ///< the code: custom numFmt or builtin_number_format
};

/// Every cellXfs entry of the styleSheet element `style_sheet`, indexed by a
/// cell's `s`; a null node (no styles part) gives one default entry (11 pt
/// Calibri → role sans, General). The default font is fonts' first
/// (§18.8.23); an xf's fontId, fillId, borderId or numFmtId out of range
/// falls back to the first entry (as Excel reads a damaged file).
std::vector<XfStyle> read_xf_styles(const pugi::xml_node& style_sheet);

/// A font element (§18.8.22 font, or a rich-text run's §18.4.7 rPr) over
/// `base`: b, i, u, sz (pt), color rgb (ARGB hex) or theme-less indexed
/// black, name/rFont → role. Sets `face` and `face_known` to the face read
/// (unchanged when the element names none).
TextStyle read_font(const pugi::xml_node& font, const TextStyle& base, std::string& face,
                    bool& face_known);

}  // namespace formwork::xlsx_read
