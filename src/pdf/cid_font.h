#pragma once
// A font embedded in a PDF as a Type 0 font over a CIDFontType2 subset.
#include <cstdint>
#include <vector>

namespace formwork {

class HbFace;
class PdfFile;

/// The glyph width the PDF states for `gid` (/W, in 1/1000 em), rounded
/// to 1/100: the painter advances its pen by exactly this, as a viewer
/// does, so glyphs land where layout put them.
double pdf_glyph_width(const HbFace& face, uint32_t gid);

/// Writes the font whose Type 0 dictionary is object `type0` (reserved in
/// `file`) for the glyphs `cids` of `face` (ascending, unique; the content
/// streams show them with 2-byte codes = CIDs = the face's original glyph
/// ids, so a page's content does not depend on the file it goes in):
/// - Type 0 font, Identity-H encoding (PDF 32000-1 §9.7.6), ToUnicode
///   CMap (§9.10.3) from HbFace::unicode_of;
/// - CIDFontType2 (§9.7.4) "XXXXXX+PostScriptName", the tag derived from
///   the glyph set (§9.6.4), /DW the most common width, /W the others
///   (pdf_glyph_width), /CIDToGIDMap a stream from each CID to its glyph
///   in the subset;
/// - font descriptor (§9.8) and /FontFile2: the hb-subset program
///   (subset_font: renumbered glyphs, no hinting, only the tables a
///   TrueType font program needs), deflated.
/// The streams come from font_streams (cached per face and glyph set).
/// Throws std::runtime_error when the face cannot be subset.
void write_cid_font(PdfFile& file, uint32_t type0, const HbFace& face,
                    const std::vector<uint32_t>& cids);

}  // namespace formwork
