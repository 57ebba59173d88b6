#pragma once
// Where a cell's pictures go. A worksheet cell holds text only; pictures
// are drawings anchored to it (ECMA-376 Part 1 §20.5 DrawingML
// SpreadsheetDrawing), so their place is worked out here from the cell's
// box and an estimate of where its text lies (the same estimate that sizes
// rows, text_height.h):
//  - inline pictures cannot sit inside a line of Excel text, so they are
//    set in a band of their own below the cell's text (the text is then
//    top-aligned), left to right in document order, wrapped at the cell's
//    width and aligned like the text; the row grows to hold the band. A
//    picture wider than the cell or taller than Excel's tallest row (409 pt)
//    is scaled down, keeping its aspect ratio, as the PDF layout scales one
//    wider than its line;
//  - a floating picture takes no space: its top-left corner is its offset
//    from where it would start inline in its line of text (model/picture.h).
// Lengths are pixels at 96 dpi, measured like libxlsxwriter (lxw_geometry.h).
#include <span>
#include <string>
#include <vector>

#include "model/document.h"

namespace formwork {

/// A picture run and where it stands in its cell's text.
struct PictureSpot {
  const Picture* picture = nullptr;
  int line = 0;        ///< 0-based '\n'-separated line of the cell text
  std::string before;  ///< that line's text before the picture
};

/// A cell's text split into lines, and its pictures in document order.
struct CellContent {
  std::vector<std::string> lines;  ///< joined by '\n' they give the cell's text
  std::vector<PictureSpot> pictures;

  bool has_text() const;
  bool has_inline() const;
};

/// True when a run of `p` (or of one of `c`'s paragraphs) is a picture.
bool has_picture(const Paragraph& p);
bool has_picture(const Cell& c);

/// The content of a table cell, whose text is cell_text(c).
CellContent cell_content(const Cell& c);
/// The content of a paragraph row, whose text is paragraph_row_text(p).
CellContent paragraph_content(const Paragraph& p);

/// How the cell's text is set: its font size and line pitch (multiple of
/// the size), alignment, and the padding pictures keep from the cell's
/// edges.
struct CellTextSetting {
  double size_pt = 12;
  double pitch = 1.3;
  Align align = Align::Left;
  VAlign valign = VAlign::Middle;
  double pad_x_px = 3;
  double pad_y_px = 2;
};

/// Pixel height (96 dpi) the text of `content` takes in a cell `width_px`
/// wide: estimate_lines × size × pitch; 0 without text.
double text_height_px(const CellContent& content, double width_px, const CellTextSetting& s);

/// Pixel height (96 dpi) a cell `width_px` wide needs for its text and its
/// band of inline pictures with padding above and below; 0 when it has no
/// inline picture (the row is then sized as for text alone).
double height_with_pictures_px(const CellContent& content, double width_px,
                               const CellTextSetting& s);

/// A picture's top-left corner relative to the top-left corner of its cell,
/// in pixels at 96 dpi (negative: left of or above the cell), and the size
/// it is drawn at in mm.
struct PlacedPicture {
  const Picture* picture = nullptr;
  double x_px = 0;
  double y_px = 0;
  double width_mm = 0;
  double height_mm = 0;
};

/// Every picture of `content` placed in a cell `width_px` × `height_px`.
/// Inline pictures: in the band below the text (or aligned by `s.valign`
/// when there is no text). Floating: at their offset from the pen position
/// at the top of their line, the line placed by `s.align` and its text
/// width estimated as in text_height.h (half an em per display column);
/// lines start from the top when the cell also has inline pictures.
std::vector<PlacedPicture> place_pictures(const CellContent& content, double width_px,
                                          double height_px, const CellTextSetting& s);

/// `placed` moved sideways, when needed, to lie within the sheet's columns
/// (0 to `sheet_width_px`) for a cell whose left edge is `cell_left_px`
/// from the sheet's: a floating picture (a seal over a right-aligned 署名)
/// may reach past the last column, where it would widen the printed area
/// and so shrink the whole page under fit-to-width printing; the PDF's
/// page margin has no counterpart in the sheet. A picture wider than the
/// sheet keeps its left edge at the sheet's.
PlacedPicture within_sheet(PlacedPicture placed, double cell_left_px, double sheet_width_px);

}  // namespace formwork
