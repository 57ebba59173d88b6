#pragma once
// Paints laid-out pages (frames) onto PDF pages with PoDoFo's PdfPainter.
#include "layout/frame.h"
#include "pdf/embedded_fonts.h"
#include "pdf/podofo_font_provider.h"

namespace PoDoFo {
class PdfDocument;
class PdfPainter;
}  // namespace PoDoFo

namespace formwork {

/// Turns one Page into one PDF page (PDF 32000-1 §8 graphics, §9 text).
/// Frame coordinates (pt from the top-left, y down) are flipped to PDF user
/// space (y up): y_pdf = page height − y.
/// - GlyphRun: one text object (BT…ET) per run; glyphs are grouped into
///   strings while the pen position the viewer computes from the font's /W
///   widths stays within 0.01 pt of the run's x_offsets, and a Td starts a
///   new string where it does not, so justified and grid-aligned text lands
///   exactly while strings stay whole for text extraction. Synthetic bold
///   is text render mode 2 (fill + stroke, line width size/30); synthetic
///   italic slants the glyphs by tan 12° with the text matrix (Tm, PDF
///   32000-1 §9.4.2); underline is a rule at the face's
///   underline position across `width`.
/// - Rule: a stroked line, projecting square caps (closing table corners)
///   or butt caps (paragraph rules, exactly their length), PDF 32000-1
///   §8.4.3.3.
/// - FillRect: a filled rectangle.
class FramePainter {
 public:
  /// All three must outlive the painter.
  FramePainter(PoDoFo::PdfDocument& doc, PodofoFontProvider& faces, EmbeddedFonts& fonts)
      : doc_(doc), faces_(faces), fonts_(fonts) {}

  /// Appends a page of page.width_pt × page.height_pt with its items,
  /// painted in order. Throws std::runtime_error for unusable fonts.
  void paint(const Page& page);

 private:
  void paint_items(PoDoFo::PdfPainter& painter, const Page& page);
  void paint_run(PoDoFo::PdfPainter& painter, const GlyphRun& run, double page_h);

  PoDoFo::PdfDocument& doc_;
  PodofoFontProvider& faces_;
  EmbeddedFonts& fonts_;
};

}  // namespace formwork
