#pragma once
// The streams of an Image XObject (PDF 32000-1 §8.9.5), made once per
// distinct picture file and shared by every page and file that shows it.
#include <memory>
#include <string>

#include "model/picture.h"

namespace formwork {

/// One image ready to be written: a JPEG file as is (DCTDecode, §7.4.8),
/// or a PNG file's 8-bit samples deflated (FlateDecode) with its alpha as
/// a soft-mask image (/SMask, §11.6.5.3).
struct ImageStreams {
  /// The MD5 of the encoded file, 32 hex digits: equal files are one
  /// XObject in a PDF, whichever Picture holds them.
  std::string key;
  /// The resource name pages give it in their /XObject dictionary: "Im"
  /// and 12 hex digits of `key`, the same in every file.
  std::string name;
  int width = 0;  ///< pixels
  int height = 0;
  int components = 0;   ///< 1 /DeviceGray, 3 /DeviceRGB
  bool dct = false;     ///< `samples` is the JPEG file (/DCTDecode)
  std::string samples;  ///< the JPEG file, or the deflated samples
  std::string alpha;    ///< the deflated soft mask (8-bit grey), empty for an opaque image
};

/// The streams of `picture` (an image, not a QR code): a JPEG as it is
/// (Picture::jpeg_components), a PNG decoded (decode_png). The last
/// results are kept process-wide by key, so a seal shown by every record of
/// a batch is decoded and deflated once. Thread-safe. Throws
/// std::runtime_error for a file that cannot be read or a JPEG whose
/// samples are not 8-bit.
std::shared_ptr<const ImageStreams> image_streams(const Picture& picture);

}  // namespace formwork
