#include "docx/media_parts.h"

#include "docx/ooxml_names.h"

namespace formwork {

namespace {

const char* extension_of(PictureFormat format) {
  return format == PictureFormat::Jpeg ? "jpeg" : "png";
}

}  // namespace

DrawingRef DocxMedia::add_drawing(const Picture& picture) {
  // The template never builds a picture without data; should one come, it
  // shares one empty part rather than crash.
  static const auto kNone = std::make_shared<const std::string>();
  const std::shared_ptr<const std::string>& data = picture.data ? picture.data : kNone;
  auto [it, added] = by_content_.try_emplace(std::string_view(*data), parts_.size());
  if (added) {
    std::string n = std::to_string(parts_.size() + 1);
    const char* ext = extension_of(picture.format);
    parts_.push_back({"media/image" + n + "." + ext, "rIdImage" + n, ext, data});
  }
  return {parts_[it->second].rel_id, ++drawings_};
}

const char* media_content_type(std::string_view extension) {
  return extension == "jpeg" ? ooxml::kCtJpeg : ooxml::kCtPng;
}

}  // namespace formwork
