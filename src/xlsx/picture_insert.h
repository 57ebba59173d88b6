#pragma once
// Puts one model Picture on a worksheet through libxlsxwriter.
#include <string_view>

#include "model/picture.h"

struct lxw_worksheet;

namespace formwork {

/// Inserts `picture` anchored at 0-based cell (`row`, `col`) with its
/// top-left corner `x_px`, `y_px` (96 dpi, rounded to whole pixels,
/// negative allowed: libxlsxwriter then anchors it to an earlier cell) from
/// the cell's top-left corner. It is drawn `width_mm` × `height_mm` (xdr:ext in
/// EMU, ECMA-376 Part 1 §20.5.2.14, whatever resolution the file's header
/// gives), moves with the cells but keeps its size when they are resized
/// (editAs="oneCell", §20.5.2.33), and carries the alt text as its
/// description (xdr:cNvPr/@descr). libxlsxwriter stores each distinct file
/// once (by MD5), however often it is inserted. `sheet` names the
/// worksheet for messages. Throws IoError naming the cell when libxlsxwriter
/// could not read the picture's size from its header or rejects the call.
void insert_picture(lxw_worksheet* ws, std::string_view sheet, int row, int col,
                    const Picture& picture, double x_px, double y_px, double width_mm,
                    double height_mm);

}  // namespace formwork
