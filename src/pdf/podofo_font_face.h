#pragma once
// A FontFace backed by PoDoFo's FreeType metrics of one .ttf file.
// PdfDefines.h (not the forward declarations alone): its configuration
// decides what Pdf3rdPtyForwardDecl.h declares.
#include <podofo/base/PdfDefines.h>
// clang-format off
#include <podofo/base/Pdf3rdPtyForwardDecl.h>
// clang-format on

#include <memory>
#include <string>

#include "layout/font_metrics.h"

namespace PoDoFo {
class PdfFontMetricsFreetype;
}

namespace formwork {

/// Metrics of one single-face TrueType file, read through the FreeType
/// library of the PDF document the face will be embedded in. The glyph
/// test uses the face's Unicode cmap (FT_Get_Char_Index through
/// PdfFontMetrics::GetGlyphId), so a CJK face reports Vietnamese letters
/// (ơ ư ế …) as missing instead of silently drawing nothing.
class PodofoFontFace : public FontFace {
 public:
  /// Opens `path`. `library` must stay valid (and at the same address) for
  /// the face's lifetime. Throws std::runtime_error when the file cannot be
  /// read as a font.
  PodofoFontFace(FT_Library* library, const std::string& path);
  ~PodofoFontFace() override;

  const std::string& id() const override { return path_; }
  /// False for code points above U+FFFF: PoDoFo 0.9.8's Identity-H strings
  /// are UTF-16 code units, so it cannot draw supplementary characters.
  bool has_glyph(char32_t cp) const override;
  double advance_em(char32_t cp) const override;
  bool is_bold() const override { return bold_; }
  bool is_italic() const override { return italic_; }

  /// The advance of `cp` as the PDF's /W array states it: 1/1000 em,
  /// rounded to an integer the way PoDoFo writes it. Viewers move the pen
  /// by this amount, so the painter positions glyphs against it.
  long pdf_width(char32_t cp) const;
  /// Underline offset below the baseline (negative, em) and thickness (em),
  /// from the face's post table.
  double underline_position_em() const { return underline_position_em_; }
  double underline_thickness_em() const { return underline_thickness_em_; }

 private:
  double glyph_width_1000(char32_t cp) const;

  std::string path_;
  std::unique_ptr<PoDoFo::PdfFontMetricsFreetype> metrics_;
  double underline_position_em_ = -0.1;
  double underline_thickness_em_ = 0.05;
  bool bold_ = false;
  bool italic_ = false;
};

}  // namespace formwork
