#pragma once
// Pictures ({{%image}}, {{%qrcode}}) placed while a DOCX template is filled:
// the image parts they add to the package and the drawings that show them
// (ECMA-376 Part 1 §20.4 wp:inline, §15.2.14 image part).
#include <map>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "docx/media_parts.h"
#include "docx/template_package.h"
#include "model/picture.h"

namespace formwork {

/// What the template's package already holds, read when it loads, so new
/// names never collide with the author's.
struct PackageNames {
  std::set<std::string> entries;                         ///< every entry name, ASCII lower case
  std::map<std::string, std::set<std::string>> rel_ids;  ///< part → its relationship ids
  std::string media_folder;  ///< where new images go: "word/media/" beside the main part
  long max_drawing_id = 0;   ///< largest wp:docPr id (§20.4.2.5) in the parts read
  long text_width_emu = 0;   ///< the last section's page width less its margins; 0 unknown
};

/// The pictures added while filling one record: each distinct image stored
/// once (compared by content) as imageN.png|jpeg under the media folder,
/// with N the first number not taken; in every part that shows it, one
/// relationship "rIdN" with N likewise free in that part; drawing ids
/// above every id the template used. One per fill() call.
class FillMedia {
 public:
  explicit FillMedia(const PackageNames& names) : names_(names), next_id_(names.max_drawing_id) {}

  /// What a drawing of `picture` in part `part` refers to.
  DrawingRef add(const std::string& part, const Picture& picture);

  /// A unique wp:docPr id for a drawing whose id in the template is `id`:
  /// `id` itself the first time, a new id for its copies (a repeated
  /// range copies its drawings, and Word wants the ids unique).
  long unique_drawing_id(long id);

  const PackageAdditions& additions() const { return additions_; }

 private:
  std::string image_name(const char* extension);
  std::string relationship_id(const std::string& part);

  const PackageNames& names_;
  PackageAdditions additions_;
  std::unordered_map<std::string_view, std::size_t> by_content_;       // views into additions_ data
  std::map<std::pair<std::string, std::size_t>, std::string> rel_of_;  // (part, image) → id
  std::set<std::string> taken_names_;
  std::map<std::string, std::set<std::string>> taken_ids_;
  std::set<long> drawing_ids_;
  long next_id_ = 0;
  int image_counter_ = 0;
};

/// Replaces tag text `t` (a w:t) by an inline drawing of `picture`
/// (append_picture_run's wp:inline) in the same run, so the run's
/// properties apply; sized as given, at most `max_cx` EMU wide (≤ 0: no
/// limit) keeping the aspect ratio. Declares the wp, a, pic and r prefixes
/// on the part's root element when it lacks them.
void place_picture(pugi::xml_node t, const Picture& picture, const DrawingRef& ref, long max_cx);

}  // namespace formwork
