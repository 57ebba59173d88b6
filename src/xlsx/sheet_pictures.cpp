#include "xlsx/sheet_pictures.h"

#include <optional>

#include "ooxml/xml_read.h"
#include "picture/picture_decode.h"

namespace formwork::xlsx_read {

namespace {

using ooxml::attr_value;
using ooxml::child;
using ooxml::descendant;
using ooxml::is;

constexpr double kEmuPerMm = 36000;

double emu_mm(const pugi::xml_node& n) {
  const std::optional<double> v = ooxml::parse_number(n.text().get());
  return v ? *v / kEmuPerMm : 0;
}

double emu_attr_mm(const pugi::xml_node& n, std::string_view name) {
  const std::optional<double> v = ooxml::number_attr(n, name);
  return v ? *v / kEmuPerMm : 0;
}

int index_of(const pugi::xml_node& n) {
  const std::optional<double> v = ooxml::parse_number(n.text().get());
  return v ? static_cast<int>(*v) : 0;
}

// The picture's printed size: a:xfrm/a:ext of its shape properties, else
// the anchor's own xdr:ext.
void size_of(const pugi::xml_node& anchor, const pugi::xml_node& pic, Picture& p) {
  pugi::xml_node ext = child(child(child(pic, "spPr"), "xfrm"), "ext");
  if (!ext) ext = child(anchor, "ext");
  p.width_mm = emu_attr_mm(ext, "cx");
  p.height_mm = emu_attr_mm(ext, "cy");
}

class PictureReader {
 public:
  PictureReader(const OpcPackage& package, const std::string& part, const std::string& sheet,
                XlsxWarnings& warnings)
      : package_(package), rels_(package.relationships(part)), sheet_(sheet), warnings_(warnings) {}

  void anchor(const pugi::xml_node& a, std::vector<AnchoredPicture>& out) {
    for (pugi::xml_node item : a.children()) {
      if (is(item, "pic")) {
        picture(a, item, out);
      } else if (is(item, "graphicFrame")) {
        const bool chart = static_cast<bool>(descendant(item, "chart"));
        warnings_.note(chart ? XlsxLoss::Chart : XlsxLoss::Shape, sheet_);
      } else if (is(item, "sp") || is(item, "cxnSp") || is(item, "grpSp")) {
        warnings_.note(XlsxLoss::Shape, sheet_);
      }
    }
  }

 private:
  void picture(const pugi::xml_node& a, const pugi::xml_node& pic,
               std::vector<AnchoredPicture>& out) {
    const pugi::xml_node blip = descendant(child(pic, "blipFill"), "blip");
    const auto rel = rels_.find(attr_value(blip, "embed"));
    if (rel == rels_.end() || rel->second.external) {
      warnings_.note(XlsxLoss::PictureMissing, sheet_);
      return;
    }
    std::shared_ptr<Picture> decoded = decode(rel->second.target);
    if (!decoded) return;
    auto p = std::make_shared<Picture>(*decoded);
    size_of(a, pic, *p);
    const pugi::xml_node nv = child(child(pic, "nvPicPr"), "cNvPr");
    p->alt = std::string(attr_value(nv, "descr"));
    if (p->alt.empty()) p->alt = std::string(attr_value(nv, "name"));
    p->floating = true;
    AnchoredPicture placed;
    const pugi::xml_node from = child(a, "from");
    placed.row = index_of(child(from, "row"));
    placed.col = index_of(child(from, "col"));
    placed.offset_x_mm = emu_mm(child(from, "colOff"));
    placed.offset_y_mm = emu_mm(child(from, "rowOff"));
    if (is(a, "absoluteAnchor")) {
      const pugi::xml_node pos = child(a, "pos");
      placed.offset_x_mm = emu_attr_mm(pos, "x");
      placed.offset_y_mm = emu_attr_mm(pos, "y");
    }
    placed.picture = std::move(p);
    out.push_back(std::move(placed));
  }

  std::shared_ptr<Picture> decode(const std::string& part) {
    const std::optional<std::string> bytes = package_.part(part);
    if (!bytes) {
      warnings_.note(XlsxLoss::PictureMissing, sheet_);
      return nullptr;
    }
    try {
      return decode_picture(*bytes);
    } catch (const PictureError&) {
      warnings_.note(XlsxLoss::PictureFormat, sheet_);
      return nullptr;
    }
  }

  const OpcPackage& package_;
  Relationships rels_;
  std::string sheet_;
  XlsxWarnings& warnings_;
};

}  // namespace

std::vector<AnchoredPicture> read_sheet_pictures(const OpcPackage& package,
                                                 const std::string& drawing_part,
                                                 const std::string& sheet, XlsxWarnings& warnings) {
  std::vector<AnchoredPicture> out;
  const std::optional<std::string> bytes = package.part(drawing_part);
  if (!bytes) return out;
  pugi::xml_document doc;
  ooxml::parse_part(doc, *bytes, drawing_part);
  PictureReader reader(package, drawing_part, sheet, warnings);
  for (pugi::xml_node a : doc.document_element().children()) {
    if (is(a, "twoCellAnchor") || is(a, "oneCellAnchor") || is(a, "absoluteAnchor")) {
      reader.anchor(a, out);
    } else if (is(a, "AlternateContent")) {
      // mc:AlternateContent wraps shapes newer than the reader's schema.
      warnings.note(XlsxLoss::Shape, sheet);
    }
  }
  return out;
}

}  // namespace formwork::xlsx_read
