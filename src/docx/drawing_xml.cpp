#include "docx/drawing_xml.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "docx/docx_units.h"
#include "docx/ooxml_names.h"
#include "docx/run_xml.h"
#include "docx/xml_util.h"
#include "util/forbidden_chars.h"

namespace formwork {

namespace {

using docx_units::kEmuPerMm;
using docx_xml::set_int;

// Word numbers floating drawings' z-order from about here; any unsigned
// value works, these keep to what readers are used to.
constexpr long kRelativeHeightBase = 251658240;

// The largest |posOffset|: ST_PositionOffset is an xsd:int (§20.4.3.3).
constexpr long kMaxOffset = 2147483647;

// `mm` in EMU; a value no reader could place (NaN, beyond xsd:int) is
// brought back into range rather than written as an invalid file.
long offset_emu(double mm) {
  if (!std::isfinite(mm)) return 0;
  return std::clamp(std::lround(std::clamp(mm * kEmuPerMm, -2.2e9, 2.2e9)), -kMaxOffset,
                    kMaxOffset);
}

// The longest side a drawing gets: 1 m.
constexpr double kMaxSide = 1000 * kEmuPerMm;

// A printed length in EMU, 0 when it is not a finite positive number.
double length_emu(double mm) { return std::isfinite(mm) && mm > 0 ? mm * kEmuPerMm : 0; }

void set_extent(pugi::xml_node node, const char* name, EmuSize size) {
  pugi::xml_node ext = node.append_child(name);
  set_int(ext, "cx", size.cx);
  set_int(ext, "cy", size.cy);
}

void set_zero_distances(pugi::xml_node drawing) {
  for (const char* side : {"distT", "distB", "distL", "distR"}) {
    drawing.append_attribute(side) = "0";
  }
}

// wp:docPr and pic:cNvPr carry the same id, name and description.
void set_non_visual(pugi::xml_node node, const DrawingRef& ref, const std::string& name,
                    const std::string& descr) {
  set_int(node, "id", ref.id);
  node.append_attribute("name") = name.c_str();
  if (!descr.empty()) node.append_attribute("descr") = descr.c_str();
}

// §20.2.2.5 pic:pic: the image part stretched over the whole extent.
void append_pic(pugi::xml_node graphic_data, const DrawingRef& ref, EmuSize size,
                const std::string& name, const std::string& descr) {
  pugi::xml_node pic = graphic_data.append_child("pic:pic");
  pugi::xml_node nv = pic.append_child("pic:nvPicPr");
  set_non_visual(nv.append_child("pic:cNvPr"), ref, name, descr);
  nv.append_child("pic:cNvPicPr");
  pugi::xml_node fill = pic.append_child("pic:blipFill");
  fill.append_child("a:blip").append_attribute("r:embed") = ref.rel_id.c_str();
  fill.append_child("a:stretch").append_child("a:fillRect");
  pugi::xml_node sp = pic.append_child("pic:spPr");
  pugi::xml_node xfrm = sp.append_child("a:xfrm");
  pugi::xml_node off = xfrm.append_child("a:off");
  off.append_attribute("x") = "0";
  off.append_attribute("y") = "0";
  set_extent(xfrm, "a:ext", size);
  pugi::xml_node geom = sp.append_child("a:prstGeom");
  geom.append_attribute("prst") = "rect";
  geom.append_child("a:avLst");
}

// What follows the placement in both wp:inline and wp:anchor: effect
// extent, docPr, frame locks and the graphic (§20.4.2.8 / §20.4.2.3 order).
void append_drawing_body(pugi::xml_node drawing, const Picture& picture, EmuSize size,
                         const DrawingRef& ref) {
  pugi::xml_node effect = drawing.append_child("wp:effectExtent");
  for (const char* side : {"l", "t", "r", "b"}) effect.append_attribute(side) = "0";
  if (drawing.name() == std::string_view("wp:anchor")) drawing.append_child("wp:wrapNone");
  std::string name = (picture.is_qr_code() ? "QR code " : "Picture ") + std::to_string(ref.id);
  std::string descr = clean_text(picture.alt);
  set_non_visual(drawing.append_child("wp:docPr"), ref, name, descr);
  pugi::xml_node locks =
      drawing.append_child("wp:cNvGraphicFramePr").append_child("a:graphicFrameLocks");
  locks.append_attribute("noChangeAspect") = "1";
  pugi::xml_node data = drawing.append_child("a:graphic").append_child("a:graphicData");
  data.append_attribute("uri") = ooxml::kNsPicture;
  append_pic(data, ref, size, name, descr);
}

void append_position(pugi::xml_node anchor, const char* axis, const char* relative_from,
                     long offset_emu) {
  pugi::xml_node pos = anchor.append_child(axis);
  pos.append_attribute("relativeFrom") = relative_from;
  pos.append_child("wp:posOffset").text().set(std::to_string(offset_emu).c_str());
}

pugi::xml_node append_anchor(pugi::xml_node drawing, const Picture& picture, EmuSize size,
                             const DrawingRef& ref, std::optional<long> line_top) {
  pugi::xml_node anchor = drawing.append_child("wp:anchor");
  set_zero_distances(anchor);
  anchor.append_attribute("simplePos") = "0";
  set_int(anchor, "relativeHeight", kRelativeHeightBase + ref.id);
  anchor.append_attribute("behindDoc") = "0";
  anchor.append_attribute("locked") = "0";
  anchor.append_attribute("layoutInCell") = "1";
  anchor.append_attribute("allowOverlap") = "1";
  pugi::xml_node simple = anchor.append_child("wp:simplePos");  // required, unused
  simple.append_attribute("x") = "0";
  simple.append_attribute("y") = "0";
  append_position(anchor, "wp:positionH", "character", offset_emu(picture.offset_x_mm));
  const long dy = offset_emu(picture.offset_y_mm);
  if (line_top) {
    append_position(anchor, "wp:positionV", "paragraph",
                    std::clamp(*line_top + dy, -kMaxOffset, kMaxOffset));
  } else {
    append_position(anchor, "wp:positionV", "line", dy);
  }
  set_extent(anchor, "wp:extent", size);
  return anchor;
}

pugi::xml_node append_inline(pugi::xml_node drawing, EmuSize size) {
  pugi::xml_node in = drawing.append_child("wp:inline");
  set_zero_distances(in);
  set_extent(in, "wp:extent", size);
  return in;
}

}  // namespace

EmuSize fitted_extent(const Picture& picture, long max_cx, long max_cy) {
  // No side beyond 1 m (kMaxSide): pages are smaller, and the EMU stay well
  // within ST_PositiveCoordinate (§20.1.10.42) whatever the model holds.
  const double cx = length_emu(picture.width_mm);
  const double cy = length_emu(picture.height_mm);
  double scale = 1;
  auto limit = [&scale](double size, double max) {
    if (size > 0 && size * scale > max) scale = max / size;
  };
  limit(cx, max_cx > 0 ? static_cast<double>(max_cx) : kMaxSide);
  limit(cy, max_cy > 0 ? static_cast<double>(max_cy) : kMaxSide);
  limit(cx, kMaxSide);
  limit(cy, kMaxSide);
  return {std::max(1L, std::lround(cx * scale)), std::max(1L, std::lround(cy * scale))};
}

void append_picture_run(pugi::xml_node p, const Picture& picture, EmuSize size,
                        const DrawingRef& ref, const TextStyle& style, const DocxFontNames& fonts,
                        std::optional<long> line_top) {
  pugi::xml_node r = p.append_child("w:r");
  TextStyle line_only;
  line_only.font_role = style.font_role;
  line_only.size_pt = style.size_pt;
  append_run_properties(r, line_only, fonts);
  pugi::xml_node drawing = r.append_child("w:drawing");
  pugi::xml_node frame = picture.floating ? append_anchor(drawing, picture, size, ref, line_top)
                                          : append_inline(drawing, size);
  append_drawing_body(frame, picture, size, ref);
}

void declare_drawing_namespaces(pugi::xml_node root) {
  root.append_attribute("xmlns:wp") = ooxml::kNsWordDrawing;
  root.append_attribute("xmlns:a") = ooxml::kNsDrawingMain;
  root.append_attribute("xmlns:pic") = ooxml::kNsPicture;
}

}  // namespace formwork
