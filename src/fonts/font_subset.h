#pragma once
// Font subsets for PDF embedding, made with hb-subset.
#include <cstdint>
#include <string>
#include <vector>

namespace formwork {

class HbFace;

/// A TrueType font program holding only some glyphs of a face, renumbered
/// 0 (.notdef), 1, 2, … in the order of their original glyph ids.
struct FontSubset {
  std::string program;               ///< the sfnt bytes (glyf, loca, head, hhea, hmtx, maxp)
  std::vector<uint32_t> new_gid_of;  ///< parallel to the glyph ids asked for
};

/// Subsets `face` to `gids` (ascending, without duplicates; glyph 0 is
/// always kept) with hb_subset_or_fail, by glyph id rather than by Unicode,
/// from HbFace::subset_source (so cmap, name, post, OS/2 and the layout
/// tables are neither read nor written: a CIDFontType2 program needs none
/// of them, PDF 32000-1 §9.9), with HB_SUBSET_FLAGS_NO_HINTING (hinting
/// instructions and cvt/fpgm/prep dropped: PDF viewers scale outlines
/// themselves). Composite glyphs keep their components. Thread-safe.
/// Throws std::runtime_error when HarfBuzz fails.
FontSubset subset_font(const HbFace& face, const std::vector<uint32_t>& gids);

}  // namespace formwork
