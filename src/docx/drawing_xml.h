#pragma once
// Pictures as WordprocessingML drawings (ECMA-376 Part 1 §20.4 DrawingML
// WordprocessingML Drawing, §20.2 Picture): a w:r holding a w:drawing whose
// wp:inline or wp:anchor shows an image part through a:blip r:embed.
#include <optional>
#include <pugixml.hpp>

#include "docx/font_names.h"
#include "docx/media_parts.h"
#include "model/document.h"

namespace formwork {

/// A drawing's size in EMU (wp:extent, §20.4.2.7; 1 mm = 36000 EMU).
struct EmuSize {
  long cx = 0;
  long cy = 0;
};

/// `picture`'s printed size (width_mm × height_mm) in EMU, scaled down
/// with its aspect ratio kept so it is at most `max_cx` wide and `max_cy`
/// tall (EMU; a limit ≤ 0 is no limit), as the PDF layout fits a picture
/// to its line and page (layout/picture_layout.h), and to at most 1 m a
/// side. Each side is at least 1 EMU (readers drop drawings of zero
/// extent); a size that is not a finite positive number counts as 0.
EmuSize fitted_extent(const Picture& picture, long max_cx, long max_cy);

/// Appends to paragraph `p` one w:r holding `picture` at `size`:
/// - w:rPr with `style`'s fonts and size only (the size of the line the
///   picture sits in; no underline or character spacing, which Word would
///   apply to the picture);
/// - inline (§20.4.2.8 wp:inline, distances 0): a box in the line, bottom
///   on the baseline;
/// - floating (§20.4.2.3 wp:anchor): its top-left corner offset_x_mm right
///   of the anchor character (positionH relativeFrom="character") and
///   offset_y_mm below the top of its line, in EMU (posOffset, §20.4.2.12).
///   With `line_top` (EMU from the top of the paragraph, its space before
///   included, to the top of the picture's line) the vertical offset is
///   written relativeFrom="paragraph" as line_top + offset_y: Word's usual
///   reference, read alike by Word, WPS and LibreOffice. Without it,
///   relativeFrom="line" (§20.4.3.5) with offset_y, which is right in Word
///   but which LibreOffice 7.4 (Debian 12) mirrors: it measures upwards.
///   wp:wrapNone, behindDoc="0" (in front of the text:
///   a seal over 署名 and 成文日期, GB/T 9704-2012 §7.3.5.1),
///   allowOverlap="1", layoutInCell="1", relativeHeight growing with
///   `ref.id` so later pictures lie above earlier ones;
/// both with wp:docPr id = ref.id, name "Picture N" (or "QR code N"), descr
/// = the alt text; a:graphicFrameLocks noChangeAspect; pic:pic whose
/// a:blip r:embed = ref.rel_id, stretched to the extent. The prefixes wp, a,
/// pic and r must be declared on the part's root
/// (declare_drawing_namespaces, and r always is).
void append_picture_run(pugi::xml_node p, const Picture& picture, EmuSize size,
                        const DrawingRef& ref, const TextStyle& style, const DocxFontNames& fonts,
                        std::optional<long> line_top = std::nullopt);

/// Declares xmlns:wp, xmlns:a and xmlns:pic on `root` (w:document), as
/// Word does, once the part holds a drawing.
void declare_drawing_namespaces(pugi::xml_node root);

}  // namespace formwork
