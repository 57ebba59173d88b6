#pragma once
// Drawings in a WordprocessingML part read as the model's Pictures:
// DrawingML pictures (ECMA-376 Part 1 §20.4 wp:inline / wp:anchor holding
// §20.2 pic:pic with a:blip r:embed) and VML images (§14.1 / Part 4
// v:shape with v:imagedata r:id, as WPS and older Word write them). Text
// boxes, shapes, charts, SmartArt and OLE objects are not pictures: they
// are counted as warnings.
#include <map>
#include <memory>
#include <pugixml.hpp>
#include <string>

#include "ooxml/package_reader.h"
#include "docx/reader_warnings.h"
#include "model/picture.h"

namespace formwork {

/// What a floating picture's horizontal offset is measured from.
enum class HorizontalFrom {
  Character,  ///< the anchor character (the model's pen position)
  Column,     ///< the text column's left edge (column, margin)
  Page,       ///< the page's left edge (page, leftMargin…)
};

/// What a floating picture's vertical offset is measured from.
enum class VerticalFrom {
  Line,       ///< the top of the anchor's line (the model's reference)
  Paragraph,  ///< the top of the anchor paragraph (its space before included)
  Page,       ///< the page or margin: not representable, placed from the paragraph
};

/// A picture read from a drawing, with the reference of its offsets.
struct DrawingPicture {
  std::shared_ptr<Picture> picture;  ///< null when the drawing is no printable picture
  HorizontalFrom h_from = HorizontalFrom::Character;
  VerticalFrom v_from = VerticalFrom::Line;
  /// wp:align instead of an offset (§20.4.3.1/2): "left", "center",
  /// "right" (horizontal), "top", "center", "bottom" (vertical); "" for none.
  std::string h_align;
  std::string v_align;
};

/// Reads drawings of the parts of one package, decoding each image part
/// once (decode_picture, PNG and JPEG only).
class DrawingReader {
 public:
  DrawingReader(const OpcPackage& package, ReaderWarnings& warnings)
      : package_(package), warnings_(warnings) {}

  /// A w:drawing (§17.3.3.9) in part `part` whose relationships are
  /// `rels`: a picture sized by wp:extent (EMU, 36000 per mm), its alt
  /// text from wp:docPr descr (else title); wp:anchor makes it floating
  /// with wp:positionH/V wp:posOffset (EMU) or wp:align, and a wrap other
  /// than wp:wrapNone is warned (TextWrap). Anything else is warned by
  /// kind (TextBox, Shape, Chart, Diagram) and gives a null picture, as do
  /// images that are missing, external or neither PNG nor JPEG.
  /// `text_boxes_read`: the caller reads text boxes' content itself (the
  /// header/footer reader looks in them for page numbers), so they are not
  /// warned here.
  DrawingPicture read_drawing(const pugi::xml_node& drawing, const Relationships& rels,
                              const std::string& part, bool text_boxes_read = false);

  /// A w:pict (§17.3.3.19, VML): a v:shape with v:imagedata r:id is a
  /// picture sized by its CSS style (width/height in pt, in, cm, mm, px),
  /// floating when position:absolute (margin-left/margin-top offsets,
  /// mso-position-horizontal/vertical-relative); text boxes and other
  /// shapes are warned.
  DrawingPicture read_vml(const pugi::xml_node& pict, const Relationships& rels,
                          const std::string& part, bool text_boxes_read = false);

 private:
  std::shared_ptr<Picture> image(const std::string& rel_id, const Relationships& rels,
                                 const std::string& part);

  const OpcPackage& package_;
  ReaderWarnings& warnings_;
  std::map<std::string, std::shared_ptr<const Picture>> decoded_;  ///< by part name
  std::map<std::string, bool> undecodable_;
};

}  // namespace formwork
