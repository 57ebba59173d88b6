#pragma once
// A workbook's cell formats (ECMA-376 Part 1 §18.8 styles: §18.8.45 xf in
// cellXfs, §18.8.22 font, §18.8.20 fill, §18.8.4 border, §18.8.1
// alignment, §18.8.31 numFmt) reduced to what the document model shows.
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "model/document.h"

namespace formwork {

/// One cellXfs entry as the XLSX reader uses it.
struct CellFormat {
  TextStyle font;                  ///< role from the face name, size in pt
  std::string face;                ///< the face as written, for warnings
  bool face_known = true;          ///< font_role_for_name knew the face
  bool align_general = true;       ///< horizontal="general": numbers right, text left
  Align align = Align::Left;       ///< when !align_general
  VAlign valign = VAlign::Bottom;  ///< Excel's default is bottom
  bool shaded = false;             ///< a solid fill that is not white
  int border_sides = 0;            ///< how many of left/right/top/bottom have a line
  std::string number_format;       ///< the code: custom, or builtin_format_code
};

/// Every cellXfs entry of `style_sheet` (the styleSheet element; a null
/// node gives one default format: 11 pt, General), indexed by a cell's
/// `s`. The default font is the first of fonts (§18.8.23).
std::vector<CellFormat> read_cell_formats(const pugi::xml_node& style_sheet);

/// A run's font (§18.4.7 rPr of rich text) over `base`: b, i, u, sz,
/// color rgb, rFont.
TextStyle run_font(const pugi::xml_node& rpr, const TextStyle& base);

}  // namespace formwork
