#include "layout/glyph_positions.h"

#include <cmath>
#include <stdexcept>

namespace formwork {

std::vector<float> natural_glyph_x(const FontFace& face, double size_pt,
                                   const std::vector<GlyphId>& ids) {
  std::vector<float> out;
  out.reserve(ids.size());
  double pen = 0;
  for (const GlyphId& g : ids) {
    out.push_back(static_cast<float>(pen));
    pen += face.glyph_advance_em(g.gid) * size_pt;
  }
  return out;
}

void set_glyphs(GlyphRun& run, const std::vector<Glyph>& glyphs) {
  run.glyph_ids.clear();
  run.glyph_ids.reserve(glyphs.size());  // exactly: one allocation per run
  for (const Glyph& g : glyphs) run.glyph_ids.push_back({g.gid, g.cluster});
  run.positions.clear();
  if (run.face != nullptr) {
    const std::vector<float> natural = natural_glyph_x(*run.face, run.size_pt, run.glyph_ids);
    bool same = true;
    for (size_t i = 0; i < glyphs.size() && same; ++i) {
      same = std::abs(static_cast<double>(glyphs[i].x) - natural[i]) <= kSamePositionPt;
    }
    if (same) return;
  }
  run.positions.reserve(glyphs.size());
  for (const Glyph& g : glyphs) run.positions.push_back(g.x);
}

std::vector<Glyph> glyphs_of(const GlyphRun& run) {
  if (run.glyph_ids.empty()) return {};  // made by hand: positions are per code point
  std::vector<float> natural;
  if (run.positions.size() != run.glyph_ids.size()) {
    if (run.face == nullptr) {
      throw std::logic_error("glyph run without positions and without a face");
    }
    natural = natural_glyph_x(*run.face, run.size_pt, run.glyph_ids);
  }
  const std::vector<float>& x = natural.empty() ? run.positions : natural;
  std::vector<Glyph> out;
  out.reserve(run.glyph_ids.size());
  for (size_t i = 0; i < run.glyph_ids.size(); ++i) {
    out.push_back({run.glyph_ids[i].gid, run.glyph_ids[i].cluster, x[i]});
  }
  return out;
}

}  // namespace formwork
