#include "pdf/podofo_font_face.h"

#include <podofo/podofo.h>

#include <cmath>
#include <stdexcept>

#include "fonts/font_match.h"
#include "pdf/podofo_error.h"

namespace formwork {

PodofoFontFace::PodofoFontFace(FT_Library* library, const std::string& path) : path_(path) {
  // fontconfig reads the OS/2 weight and slant (FreeType's style flags
  // only know the style name); it also rejects non-font files early.
  const FaceInfo info = query_face_file(path);
  bold_ = info.bold();
  italic_ = info.italic();
  try {
    metrics_ = std::make_unique<PoDoFo::PdfFontMetricsFreetype>(library, path.c_str(), false);
    // Size 1 makes the size-scaled values (underline) come out in em.
    metrics_->SetFontSize(1.0f);
  } catch (const PoDoFo::PdfError& e) {
    throw_pdf_error("cannot read font file '" + path + "'", e);
  }
  if (metrics_->GetUnderlineThickness() > 0) {
    underline_position_em_ = metrics_->GetUnderlinePosition();
    underline_thickness_em_ = metrics_->GetUnderlineThickness();
  }
}

PodofoFontFace::~PodofoFontFace() = default;

bool PodofoFontFace::has_glyph(char32_t cp) const {
  return cp <= 0xFFFF && metrics_->GetGlyphId(static_cast<long>(cp)) != 0;
}

double PodofoFontFace::glyph_width_1000(char32_t cp) const {
  return metrics_->GetGlyphWidth(static_cast<int>(metrics_->GetGlyphId(static_cast<long>(cp))));
}

double PodofoFontFace::advance_em(char32_t cp) const { return glyph_width_1000(cp) / 1000.0; }

long PodofoFontFace::pdf_width(char32_t cp) const { return std::lround(glyph_width_1000(cp)); }

}  // namespace formwork
