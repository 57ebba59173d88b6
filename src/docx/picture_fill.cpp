#include "docx/picture_fill.h"

#include "docx/drawing_xml.h"
#include "docx/font_names.h"
#include "docx/ooxml_names.h"
#include "util/utf8.h"

namespace formwork {

namespace {

const char* extension_of(const Picture& picture) {
  return picture.format == PictureFormat::Jpeg ? "jpeg" : "png";
}

// A target for `name` (a package entry) from `part`'s relationships part:
// relative when both share a folder, else an absolute part name.
std::string target_from(const std::string& part, const std::string& name) {
  std::string folder = folder_of(part);
  if (name.starts_with(folder)) return name.substr(folder.size());
  return "/" + name;
}

void declare(pugi::xml_node root, const char* attribute, const char* uri) {
  if (!root.attribute(attribute)) root.append_attribute(attribute) = uri;
}

}  // namespace

std::string FillMedia::image_name(const char* extension) {
  for (;;) {
    std::string name =
        names_.media_folder + "image" + std::to_string(++image_counter_) + "." + extension;
    std::string lower = ascii_lower(name);
    if (!names_.entries.contains(lower) && taken_names_.insert(lower).second) return name;
  }
}

std::string FillMedia::relationship_id(const std::string& part) {
  static const std::set<std::string> kNone;
  auto known = names_.rel_ids.find(part);
  const std::set<std::string>& existing = known == names_.rel_ids.end() ? kNone : known->second;
  std::set<std::string>& taken = taken_ids_[part];
  for (std::size_t n = existing.size() + taken.size() + 1;; ++n) {
    std::string id = "rId" + std::to_string(n);
    if (!existing.contains(id) && taken.insert(id).second) return id;
  }
}

DrawingRef FillMedia::add(const std::string& part, const Picture& picture) {
  static const auto kNoData = std::make_shared<const std::string>();
  const std::shared_ptr<const std::string>& data = picture.data ? picture.data : kNoData;
  auto [it, added] = by_content_.try_emplace(std::string_view(*data), additions_.images.size());
  if (added) {
    const char* ext = extension_of(picture);
    additions_.images.push_back({image_name(ext), ext, data});
  }
  std::string& rel = rel_of_[{part, it->second}];
  if (rel.empty()) {
    rel = relationship_id(part);
    additions_.relationships[part].push_back(
        {rel, target_from(part, additions_.images[it->second].name)});
  }
  return {rel, static_cast<int>(++next_id_)};
}

long FillMedia::unique_drawing_id(long id) {
  if (drawing_ids_.insert(id).second) return id;
  long fresh = ++next_id_;
  drawing_ids_.insert(fresh);
  return fresh;
}

void place_picture(pugi::xml_node t, const Picture& picture, const DrawingRef& ref, long max_cx) {
  pugi::xml_node root = t;  // the part's root element: w:document, w:hdr or w:ftr
  while (root.parent().type() == pugi::node_element) root = root.parent();
  declare(root, "xmlns:wp", ooxml::kNsWordDrawing);
  declare(root, "xmlns:a", ooxml::kNsDrawingMain);
  declare(root, "xmlns:pic", ooxml::kNsPicture);
  declare(root, "xmlns:r", ooxml::kNsR);
  // append_picture_run builds a whole run; its drawing moves into the tag's
  // run so the author's run properties stay around it.
  pugi::xml_node scratch = root.append_child("w:p");
  Picture inline_picture = picture;
  inline_picture.floating = false;
  append_picture_run(scratch, inline_picture, fitted_extent(inline_picture, max_cx, 0), ref,
                     TextStyle{}, docx_font_names("song"));
  t.parent().insert_move_before(scratch.child("w:r").child("w:drawing"), t);
  t.parent().remove_child(t);
  root.remove_child(scratch);
}

}  // namespace formwork
