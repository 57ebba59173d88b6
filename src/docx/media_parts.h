#pragma once
// The image parts of a DOCX package (ECMA-376 Part 1 §15.2.14, image part)
// and the drawings that show them: each distinct image is stored once as
// word/media/imageN.png|jpeg, related to the main document part, however
// many pictures show it.
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/picture.h"

namespace formwork {

/// One image part.
struct MediaPart {
  std::string name;       ///< under word/, e.g. "media/image1.png"
  std::string rel_id;     ///< relationship id in document.xml.rels, e.g. "rIdImage1"
  const char* extension;  ///< "png" or "jpeg", as [Content_Types].xml's Default names it
  std::shared_ptr<const std::string> data;  ///< the encoded file, stored as is
};

/// What one drawing (w:drawing, §20.4) refers to.
struct DrawingRef {
  std::string rel_id;  ///< a:blip r:embed: its MediaPart's relationship
  int id = 0;          ///< wp:docPr id, unique in the part (§20.4.2.5)
};

/// The pictures of the main document part, collected while it is written:
/// the image parts in order of first use and the drawing count. Parts are
/// numbered in that order, so equal documents give equal packages.
class DocxMedia {
 public:
  /// Registers one drawing of `picture`: the image part holding the same
  /// bytes (compared by content, so a seal read twice is stored once), new
  /// when none does yet, and the next drawing id (1, 2, …).
  DrawingRef add_drawing(const Picture& picture);

  const std::vector<MediaPart>& parts() const { return parts_; }
  bool empty() const { return parts_.empty(); }

 private:
  std::vector<MediaPart> parts_;
  /// Views into parts_[i].data, which parts_ keeps alive.
  std::unordered_map<std::string_view, size_t> by_content_;
  int drawings_ = 0;
};

/// Content type of an image part's extension ("png" → image/png, "jpeg" →
/// image/jpeg), for [Content_Types].xml's Default elements (Part 2 §10.1.2.2.2).
const char* media_content_type(std::string_view extension);

}  // namespace formwork
