#pragma once
// QR codes for the document model (ISO/IEC 18004), encoded with libqrencode.
#include <memory>
#include <string_view>

#include "model/picture.h"
#include "picture/picture_error.h"

namespace formwork {

/// A QR code Picture for `value` (UTF-8: ASCII text with digits and capitals
/// in their compact modes, other text as 8-bit bytes behind an ECI 26 header
/// so readers decode it as UTF-8), `size_mm` square including the quiet
/// zone, error correction `level` 'L' (7 %), 'M' (15 %), 'Q' (25 %) or 'H'
/// (30 %) (ISO/IEC 18004 §5.3.8). The smallest version that holds the value
/// is used. `data` is a 1-bit greyscale PNG of the modules with the
/// 4-module quiet zone, at least 300 dpi at the printed size so scaling never blurs a
/// module. alt = value. Throws PictureError for an empty value, a level
/// other than L/M/Q/H, or a value too long for version 40 at that level
/// (2,953 bytes at L).
std::shared_ptr<Picture> make_qr_code(std::string_view value, double size_mm, char level = 'M');

}  // namespace formwork
