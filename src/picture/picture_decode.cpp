#include "picture/picture_decode.h"

#include <jpeglib.h>
#include <png.h>
#include <stdio.h>  // jpeglib.h needs FILE and size_t declared first

#include <csetjmp>
#include <string>
#include <vector>

namespace formwork {

namespace {

bool starts_with(const std::string& data, std::string_view magic) {
  return data.compare(0, magic.size(), magic) == 0;
}

void check_pixels(long long w, long long h, const char* kind) {
  if (w <= 0 || h <= 0 || w * h > kMaxPicturePixels) {
    throw PictureError(std::string(kind) + " of " + std::to_string(w) + " × " + std::to_string(h) +
                       " pixels: at most " + std::to_string(kMaxPicturePixels / 1'000'000) +
                       " million pixels");
  }
}

// libpng's simplified API (png.h "SIMPLIFIED API") decodes the whole image,
// checking every chunk's CRC and the zlib stream.
void decode_png(Picture& pic) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  const std::string& data = *pic.data;
  if (!png_image_begin_read_from_memory(&image, data.data(), data.size()))
    throw PictureError(std::string("PNG: ") + image.message);
  check_pixels(image.width, image.height, "PNG");
  pic.pixel_width = static_cast<int>(image.width);
  pic.pixel_height = static_cast<int>(image.height);
  pic.has_alpha = (image.format & PNG_FORMAT_FLAG_ALPHA) != 0;
  std::vector<png_byte> pixels(PNG_IMAGE_SIZE(image));
  if (!png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr))
    throw PictureError(std::string("PNG: ") + image.message);
  png_image_free(&image);
}

// libjpeg reports fatal errors through error_exit (which must not return)
// and damaged data ("Premature end of JPEG file", "Corrupt JPEG data") only
// as warnings (emit_message level -1): both make the file unusable here.
struct JpegErrors {
  jpeg_error_mgr mgr;
  std::jmp_buf jump;
  std::string message;
};

void jpeg_fail(j_common_ptr cinfo) {
  auto* e = reinterpret_cast<JpegErrors*>(cinfo->err);
  char buf[JMSG_LENGTH_MAX];
  e->mgr.format_message(cinfo, buf);
  e->message = buf;
  std::longjmp(e->jump, 1);
}

void jpeg_warning(j_common_ptr cinfo, int level) {
  if (level < 0) jpeg_fail(cinfo);
}

// Reads the header and every scanline. libjpeg's own errors longjmp back to
// decode_jpeg, so no C++ object with a destructor may live in this frame.
void decode_jpeg_pixels(jpeg_decompress_struct& cinfo, Picture& pic, std::vector<JSAMPLE>& row) {
  jpeg_read_header(&cinfo, TRUE);
  check_pixels(cinfo.image_width, cinfo.image_height, "JPEG");
  if (cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK)
    throw PictureError("CMYK JPEG: save it as RGB (sRGB) for Word, Excel and PDF readers");
  if (cinfo.num_components != 1 && cinfo.num_components != 3)
    throw PictureError("JPEG with " + std::to_string(cinfo.num_components) +
                       " colour components: save it as RGB or greyscale");
  if (cinfo.data_precision != 8)
    throw PictureError(std::to_string(cinfo.data_precision) + "-bit JPEG: save it with 8 bits");
  pic.pixel_width = static_cast<int>(cinfo.image_width);
  pic.pixel_height = static_cast<int>(cinfo.image_height);
  pic.jpeg_components = cinfo.num_components;
  jpeg_start_decompress(&cinfo);
  row.resize(static_cast<size_t>(cinfo.output_width) * cinfo.output_components);
  JSAMPROW rows[1] = {row.data()};
  while (cinfo.output_scanline < cinfo.output_height) jpeg_read_scanlines(&cinfo, rows, 1);
  jpeg_finish_decompress(&cinfo);
}

void decode_jpeg(Picture& pic) {
  jpeg_decompress_struct cinfo{};
  JpegErrors errors{};
  cinfo.err = jpeg_std_error(&errors.mgr);
  errors.mgr.error_exit = jpeg_fail;
  errors.mgr.emit_message = jpeg_warning;
  std::vector<JSAMPLE> row;
  if (setjmp(errors.jump)) {
    jpeg_destroy_decompress(&cinfo);
    throw PictureError("JPEG: " + errors.message);
  }
  jpeg_create_decompress(&cinfo);
  const std::string& data = *pic.data;
  jpeg_mem_src(&cinfo, reinterpret_cast<const unsigned char*>(data.data()),
               static_cast<unsigned long>(data.size()));
  try {
    decode_jpeg_pixels(cinfo, pic, row);
  } catch (...) {
    jpeg_destroy_decompress(&cinfo);
    throw;
  }
  jpeg_destroy_decompress(&cinfo);
}

}  // namespace

std::shared_ptr<Picture> decode_picture(std::string data) {
  auto pic = std::make_shared<Picture>();
  pic->data = std::make_shared<const std::string>(std::move(data));
  const std::string& d = *pic->data;
  if (starts_with(d, "\x89PNG\r\n\x1a\n")) {
    pic->format = PictureFormat::Png;
    decode_png(*pic);
  } else if (starts_with(d, "\xFF\xD8\xFF")) {
    pic->format = PictureFormat::Jpeg;
    decode_jpeg(*pic);
  } else {
    throw PictureError("not a PNG or JPEG file");
  }
  return pic;
}

}  // namespace formwork
