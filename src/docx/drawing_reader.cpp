#include "docx/drawing_reader.h"

#include <optional>
#include <string_view>

#include "docx/docx_units.h"
#include "docx/reader_xml.h"
#include "picture/picture_decode.h"

namespace formwork {

namespace {

using docx_read::attr_value;
using docx_read::child;
using docx_read::descendant;
using docx_read::is;
using docx_read::local_name;
using docx_read::number_attr;
using docx_units::kEmuPerMm;

double emu_to_mm(double emu) { return emu / kEmuPerMm; }

// The kind of a graphic that is not a picture, by its a:graphicData
// content (§20.1.2.2.17: the URI names it; the first child says the same).
DocxLoss graphic_loss(const pugi::xml_node& data) {
  std::string_view uri = attr_value(data, "uri");
  if (uri.find("/chart") != std::string_view::npos) return DocxLoss::Chart;
  if (uri.find("/diagram") != std::string_view::npos) return DocxLoss::Diagram;
  if (descendant(data, "txbx") || descendant(data, "txbxContent")) return DocxLoss::TextBox;
  return DocxLoss::Shape;
}

// wp:positionH / wp:positionV: relativeFrom, and posOffset (EMU) or align.
struct Position {
  std::string from;
  double offset_mm = 0;
  std::string align;
};

Position read_position(const pugi::xml_node& pos) {
  Position p;
  p.from = attr_value(pos, "relativeFrom");
  if (pugi::xml_node off = child(pos, "posOffset")) {
    p.offset_mm = emu_to_mm(docx_read::parse_number(off.text().get()).value_or(0));
  }
  if (pugi::xml_node align = child(pos, "align")) p.align = align.text().get();
  return p;
}

HorizontalFrom horizontal_from(std::string_view from) {
  if (from == "character") return HorizontalFrom::Character;
  if (from == "column" || from == "margin" || from == "insideMargin") return HorizontalFrom::Column;
  return HorizontalFrom::Page;
}

VerticalFrom vertical_from(std::string_view from) {
  if (from == "line") return VerticalFrom::Line;
  if (from == "paragraph") return VerticalFrom::Paragraph;
  return VerticalFrom::Page;
}

bool wraps_text(const pugi::xml_node& anchor) {
  for (std::string_view wrap : {"wrapSquare", "wrapTight", "wrapThrough", "wrapTopAndBottom"}) {
    if (child(anchor, wrap)) return true;
  }
  return false;
}

std::string alt_text(const pugi::xml_node& frame) {
  pugi::xml_node doc_pr = child(frame, "docPr");
  std::string_view descr = attr_value(doc_pr, "descr");
  return std::string(descr.empty() ? attr_value(doc_pr, "title") : descr);
}

// One CSS length of a VML style ("12pt", "1.5in", "20px") in mm; a
// number without a unit is in CSS pixels (96 per inch), as "px" is.
std::optional<double> css_length_mm(std::string_view v) {
  constexpr double kMmPerPx = 25.4 / 96;
  if (v.size() > 2 && v.substr(v.size() - 2) == "px") v.remove_suffix(2);
  if (std::optional<double> px = docx_read::parse_number(v)) return *px * kMmPerPx;
  std::optional<double> twips = docx_read::parse_twips(v);
  if (!twips) return std::nullopt;
  return *twips * 25.4 / 1440;
}

// The value of `key` in a CSS declaration list ("width:12pt;height:3pt").
std::string_view css_value(std::string_view style, std::string_view key) {
  size_t at = 0;
  while (at < style.size()) {
    size_t end = style.find(';', at);
    if (end == std::string_view::npos) end = style.size();
    std::string_view decl = style.substr(at, end - at);
    size_t colon = decl.find(':');
    if (colon != std::string_view::npos) {
      std::string_view name = decl.substr(0, colon);
      while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
      while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
      if (name == key) {
        std::string_view value = decl.substr(colon + 1);
        while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
        return value;
      }
    }
    at = end + 1;
  }
  return {};
}

}  // namespace

std::shared_ptr<Picture> DrawingReader::image(const std::string& rel_id, const Relationships& rels,
                                              const std::string& part) {
  auto rel = rels.find(rel_id);
  if (rel == rels.end() || rel->second.external) {
    warnings_.note(DocxLoss::PictureMissing, part);
    return nullptr;
  }
  const std::string& name = rel->second.target;
  if (undecodable_.count(name)) {
    warnings_.note(DocxLoss::PictureFormat, part);
    return nullptr;
  }
  auto cached = decoded_.find(name);
  if (cached == decoded_.end()) {
    std::optional<std::string> bytes = package_.part(name);
    if (!bytes) {
      warnings_.note(DocxLoss::PictureMissing, part);
      return nullptr;
    }
    try {
      cached = decoded_.emplace(name, decode_picture(std::move(*bytes))).first;
    } catch (const PictureError&) {
      undecodable_[name] = true;
      warnings_.note(DocxLoss::PictureFormat, part);
      return nullptr;
    }
  }
  // Each use gets its own Picture (size, placement); the bytes are shared.
  return std::make_shared<Picture>(*cached->second);
}

DrawingPicture DrawingReader::read_drawing(const pugi::xml_node& drawing, const Relationships& rels,
                                           const std::string& part, bool text_boxes_read) {
  DrawingPicture out;
  pugi::xml_node frame = child(drawing, "inline");
  const bool anchored = !frame;
  if (anchored) frame = child(drawing, "anchor");
  if (!frame) return out;
  pugi::xml_node data = child(child(frame, "graphic"), "graphicData");
  pugi::xml_node pic = child(data, "pic");
  if (!pic) {
    DocxLoss loss = graphic_loss(data);
    if (!(text_boxes_read && loss == DocxLoss::TextBox)) warnings_.note(loss, part);
    return out;
  }
  pugi::xml_node blip = child(child(pic, "blipFill"), "blip");
  std::string_view embed = attr_value(blip, "embed");
  if (embed.empty()) {
    warnings_.note(DocxLoss::PictureMissing, part);
    return out;
  }
  out.picture = image(std::string(embed), rels, part);
  if (!out.picture) return out;
  pugi::xml_node extent = child(frame, "extent");
  out.picture->width_mm = emu_to_mm(number_attr(extent, "cx").value_or(0));
  out.picture->height_mm = emu_to_mm(number_attr(extent, "cy").value_or(0));
  out.picture->alt = alt_text(frame);
  if (!anchored) return out;
  out.picture->floating = true;
  if (wraps_text(frame)) warnings_.note(DocxLoss::TextWrap, part);
  Position h = read_position(child(frame, "positionH"));
  Position v = read_position(child(frame, "positionV"));
  out.h_from = horizontal_from(h.from);
  out.v_from = vertical_from(v.from);
  out.h_align = h.align;
  out.v_align = v.align;
  out.picture->offset_x_mm = h.offset_mm;
  out.picture->offset_y_mm = v.offset_mm;
  return out;
}

DrawingPicture DrawingReader::read_vml(const pugi::xml_node& pict, const Relationships& rels,
                                       const std::string& part, bool text_boxes_read) {
  DrawingPicture out;
  for (pugi::xml_node shape : pict.children()) {
    std::string_view kind = local_name(shape);
    if (shape.type() != pugi::node_element || kind == "shapetype") continue;
    pugi::xml_node data = is(shape, "shape") ? child(shape, "imagedata") : pugi::xml_node();
    if (!data || descendant(shape, "textbox")) {
      bool box = descendant(shape, "textbox") || descendant(shape, "txbxContent");
      if (box && text_boxes_read) continue;
      warnings_.note(box ? DocxLoss::TextBox
                         : (kind == "OLEObject" ? DocxLoss::EmbeddedObject : DocxLoss::Shape),
                     part);
      continue;
    }
    std::string_view id = attr_value(data, "id");
    if (id.empty()) id = attr_value(data, "embed");
    if (id.empty() || out.picture) {
      warnings_.note(id.empty() ? DocxLoss::PictureMissing : DocxLoss::Shape, part);
      continue;
    }
    out.picture = image(std::string(id), rels, part);
    if (!out.picture) continue;
    std::string_view style = attr_value(shape, "style");
    out.picture->width_mm = css_length_mm(css_value(style, "width")).value_or(0);
    out.picture->height_mm = css_length_mm(css_value(style, "height")).value_or(0);
    out.picture->alt = attr_value(shape, "alt");
    if (css_value(style, "position") != "absolute") continue;
    out.picture->floating = true;
    out.picture->offset_x_mm = css_length_mm(css_value(style, "margin-left")).value_or(0);
    out.picture->offset_y_mm = css_length_mm(css_value(style, "margin-top")).value_or(0);
    std::string_view h = css_value(style, "mso-position-horizontal-relative");
    std::string_view v = css_value(style, "mso-position-vertical-relative");
    out.h_from = h.empty() || h == "text" ? HorizontalFrom::Column : horizontal_from(h);
    out.v_from = v.empty() || v == "text" ? VerticalFrom::Paragraph : vertical_from(v);
    if (std::string_view wrap = attr_value(child(shape, "wrap"), "type");
        !wrap.empty() && wrap != "none") {
      warnings_.note(DocxLoss::TextWrap, part);
    }
  }
  return out;
}

}  // namespace formwork
