#pragma once
// Laid-out pages → PDF page content streams, painted once per document and
// shared by every PDF the document goes into.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "fonts/font_engine.h"
#include "layout/frame.h"
#include "pdf/image_streams.h"

namespace formwork {

/// The glyphs one page draws with one face.
struct FontUse {
  const HbFace* face = nullptr;
  std::string name;            ///< its resource name (font_resource_name)
  std::vector<uint32_t> gids;  ///< original glyph ids (= CIDs), ascending, unique
};

/// One page painted for PDF. The content refers to fonts by resource
/// names (font_resource_name) and to glyphs by their original glyph ids,
/// and to images by resource names (ImageStreams::name), so it does not
/// depend on the file it is written to.
struct PaintedPage {
  double width_pt = 0;
  double height_pt = 0;
  std::string content;         ///< the content stream, deflated
  std::vector<FontUse> fonts;  ///< in order of first use on the page
  /// The image XObjects the page draws, each once, in order of first use.
  std::vector<std::shared_ptr<const ImageStreams>> images;
};

/// A document's pages painted with one engine.
struct PaintedDocument {
  const FontEngine* engine = nullptr;
  std::vector<PaintedPage> pages;
};

/// The resource name of `face` in every page's /Font dictionary: "F" and
/// six hex digits of a digest of the face key, the same in every file.
std::string font_resource_name(const HbFace& face);

/// Paints `doc`'s pages (PDF 32000-1 §8, §9; frame coordinates are flipped
/// to PDF user space, y up: y_pdf = page height − y). Painted once per
/// document and engine: the result is kept in doc.pdf_pages, so a record's
/// own PDF and the merged print file share it. Thread-safe.
/// - GlyphRun: one text object (BT…ET) with one TJ array; each glyph is
///   shown by its original glyph id, and a kerning number moves the pen
///   where the /W widths (pdf_glyph_width) would leave it more than
///   0.01 pt from the glyph's position (justification, grid cells, GPOS
///   kerning), so strings stay whole for text extraction. A cluster whose
///   glyphs do not stand for its text through the ToUnicode map (a glyph
///   shared by two characters, a ligature, .notdef for a character no font
///   has, NFD text composed into one glyph when its NFC form differs) is
///   wrapped in /Span <</ActualText …>> (§14.9.4), so text extraction
///   gives the text itself. Synthetic bold is text render mode 2 (fill +
///   stroke, line width size/30) inside q…Q; synthetic italic slants the
///   glyphs by tan 12° with the text matrix (Tm, §9.4.2); underline is a
///   rule at the face's underline position across the run's width.
/// - Rule: a stroked line, projecting square caps (closing table corners)
///   or butt caps (paragraph rules, exactly their length), §8.4.3.3.
/// - FillRect: a filled rectangle.
/// - PictureItem: an image is an Image XObject (§8.9.5, image_streams)
///   drawn into its box (cm, Do); a QR code is vector rectangles
///   (paint_qr_code). Floating pictures are painted after every other item
///   of the page, so they lie over its text (a seal over 署名 and date);
///   text extraction order does not change, as pictures hold no text.
/// Throws std::runtime_error for a face the engine cannot open or a
/// picture file that cannot be read.
std::shared_ptr<const PaintedDocument> paint_document(const LaidOutDocument& doc,
                                                      FontEngine& fonts);

}  // namespace formwork
