#pragma once
// Where the glyphs of a GlyphRun stand: stored x values, or the natural
// positions its face's advances give. Layout stores x only for runs whose
// glyphs are not at their natural positions (justified, kerned, on the
// character grid, with marks), so the x of plain text is not kept in memory
// (a long text's glyphs are most of a laid-out document).
#include <vector>

#include "layout/frame.h"

namespace formwork {

/// Two positions closer than this (pt) are the same place: far below what
/// the painter distinguishes (0.01 pt, page_painter.cpp) and what a PDF
/// number carries.
inline constexpr double kSamePositionPt = 1e-4;

/// pt from the run's origin: glyph i at the sum of the advances of glyphs
/// 0 … i−1 (FontFace::glyph_advance_em × size_pt), summed in double and
/// rounded to float per glyph. `face` must not be null.
std::vector<float> natural_glyph_x(const FontFace& face, double size_pt,
                                   const std::vector<GlyphId>& ids);

/// Stores `glyphs` in `run` (GlyphRun::glyph_ids); their x values only
/// when some glyph is more than kSamePositionPt from its natural position
/// (needs run.face and run.size_pt set; with no face, x is always stored).
void set_glyphs(GlyphRun& run, const std::vector<Glyph>& glyphs);

/// The glyphs of `run` with their x (pt from the run's origin): the stored
/// ones, or the natural ones when none are stored. Empty for a run without
/// glyph_ids (made by hand, or control characters only). Throws std::logic_error for a run without
/// stored x and without a face (set_glyphs never makes one).
std::vector<Glyph> glyphs_of(const GlyphRun& run);

}  // namespace formwork
