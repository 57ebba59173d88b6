#pragma once
// QR codes painted as vector graphics, sharp at any zoom and print size.
#include "layout/frame.h"
#include "pdf/content_stream.h"

namespace formwork {

/// Paints the QR code of `item` (item.picture->is_qr_code()) into `cs`,
/// inside q…Q: a white DeviceGray square over the whole box, whose margin
/// is the 4-module quiet zone (ISO/IEC 18004 §6.3.8), then the dark
/// modules in black (0 g), each horizontal run of dark modules of a row
/// one rectangle, all filled by one f so abutting modules leave no seam
/// (PDF 32000-1 §8.5.3). The rectangles are given in module units under a
/// cm that maps one unit to box / (qr_size + 8) (§8.3.4): whole numbers,
/// so neighbours share their edges exactly and the stream stays small.
/// `page_h` (pt) flips the frame's y-down box to PDF space. Throws
/// std::invalid_argument when qr_modules is not qr_size² modules.
void paint_qr_code(ContentStream& cs, const PictureItem& item, double page_h);

}  // namespace formwork
