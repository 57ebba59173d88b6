#pragma once
// Cell formats for the XLSX writer. Excel files hold each distinct format
// once (ECMA-376 Part 1 §18.8 styles); a cache keyed by the format's fields
// keeps a document with thousands of cells to a handful of formats.
#include <map>
#include <string>

#include "fonts/font_roles.h"
#include "model/document.h"

struct lxw_workbook;
struct lxw_format;

namespace formwork {

/// Everything formwork sets on a cell format. Sizes in pt.
struct CellFormat {
  std::string font_role = "song";  ///< TextStyle::font_role; the face comes from the role table
  double size_pt = 12;
  bool bold = false;
  bool italic = false;
  bool underline = false;
  unsigned color = 0x000000;  ///< 0xRRGGBB
  Align align = Align::Left;
  VAlign valign = VAlign::Middle;
  bool wrap = true;
  bool border = false;  ///< thin border on all four sides
  bool shaded = false;  ///< light grey fill (label cells)
  /// A rule under the cell: an lxw_format_borders style (LXW_BORDER_THIN,
  /// _MEDIUM, _THICK), 0 = none; drawn in `bottom_color` (0xRRGGBB).
  int bottom_border = 0;
  unsigned bottom_color = 0x000000;
  std::string number_format;  ///< "" = General

  auto operator<=>(const CellFormat&) const = default;
};

/// The format for a text style plus cell settings, without layout fields.
CellFormat format_for_style(const TextStyle& style);

/// Creates each distinct CellFormat once in a workbook; the formats are
/// owned by the workbook and live until workbook_close. A format's font is
/// office_cell_font(font_role, overrides): the face DOCX names for the
/// role's own script, the user's --fonts faces applied.
class FormatCache {
 public:
  explicit FormatCache(lxw_workbook* workbook, FontOverrides overrides = {})
      : workbook_(workbook), overrides_(std::move(overrides)) {}
  /// The workbook format for `f`. Throws IoError if libxlsxwriter cannot
  /// allocate one.
  lxw_format* get(const CellFormat& f);
  size_t size() const { return formats_.size(); }

 private:
  lxw_format* create(const CellFormat& f);
  lxw_workbook* workbook_;
  FontOverrides overrides_;
  std::map<CellFormat, lxw_format*> formats_;
};

}  // namespace formwork
