#pragma once
// Reading image files into the model's Picture (private to nothing: the
// template uses it; tests build pictures with it).
#include <memory>
#include <string>
#include <string_view>

#include "model/picture.h"
#include "picture/picture_error.h"

namespace formwork {

/// Largest image accepted, in pixels (width × height): a 300 dpi A4 page is
/// about 8.7 million; decoding is needed to prove the file whole, and this
/// bounds its memory (4 bytes a pixel).
inline constexpr long long kMaxPicturePixels = 40'000'000;

/// A Picture for a PNG (ISO/IEC 15948) or JPEG (ITU-T T.81, JFIF) file in
/// `data`, recognised by its signature, never by its name. The whole image
/// is decoded once (libpng, libjpeg) so a truncated or corrupt file is
/// refused here rather than written into a PDF, DOCX or XLSX its readers
/// cannot open. Sets format, pixel size and has_alpha; the printed size is
/// left 0 for the caller. Throws PictureError naming the problem (e.g. "not
/// a PNG or JPEG file", "PNG: IDAT: incorrect data check", "CMYK JPEG").
std::shared_ptr<Picture> decode_picture(std::string data);

}  // namespace formwork
