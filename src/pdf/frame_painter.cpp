#include "pdf/frame_painter.h"

#include <podofo/podofo.h>

#include <cmath>
#include <locale>
#include <sstream>
#include <string>
#include <vector>

#include "pdf/podofo_error.h"
#include "util/utf8.h"

namespace formwork {
namespace {

using PoDoFo::PdfPainter;

constexpr double kItalicShear = 0.2126;        // tan 12°, the usual synthetic oblique
constexpr double kBoldStrokePerPt = 1 / 30.0;  // stroke width per pt of font size
constexpr double kPositionTolerancePt = 0.01;

PoDoFo::PdfColor rgb(unsigned color) {
  return PoDoFo::PdfColor(((color >> 16) & 0xFF) / 255.0, ((color >> 8) & 0xFF) / 255.0,
                          (color & 0xFF) / 255.0);
}

bool is_control(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp < 0xA0); }

/// A string of glyphs drawn from one Td position (x relative to the run).
struct TextChunk {
  double x = 0;
  std::u32string text;
};

/// Splits a run into strings wherever the viewer's pen (advancing by the
/// /W widths) would drift from the layout's x_offsets.
std::vector<TextChunk> chunk_run(const GlyphRun& run, const std::u32string& cps,
                                 const PodofoFontFace& face) {
  const bool have_offsets = run.x_offsets.size() == cps.size();
  std::vector<TextChunk> chunks;
  double pen = 0;  // where the viewer's pen stands, relative to the run
  for (size_t i = 0; i < cps.size(); ++i) {
    const double want = have_offsets ? run.x_offsets[i] : pen;
    if (is_control(cps[i])) {
      pen = want;
      continue;
    }
    if (chunks.empty() || std::abs(pen - want) > kPositionTolerancePt) {
      chunks.push_back(TextChunk{want, {}});
      pen = want;
    }
    chunks.back().text.push_back(cps[i]);
    pen += face.pdf_width(cps[i]) / 1000.0 * run.size_pt;
  }
  return chunks;
}

PoDoFo::PdfString pdf_string(const std::u32string& text) {
  const std::string utf8 = u32_to_utf8(text);
  return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(utf8.c_str()));
}

void paint_fill(PdfPainter& painter, const FillRect& fill, double page_h) {
  painter.SetColor(rgb(fill.color));
  painter.Rectangle(fill.x, page_h - fill.y - fill.h, fill.w, fill.h);
  painter.Fill();
}

void stroke_line(PdfPainter& painter, double x1, double y1, double x2, double y2, double width,
                 unsigned color) {
  painter.SetStrokingColor(rgb(color));
  painter.SetStrokeWidth(width);
  painter.DrawLine(x1, y1, x2, y2);
}

void paint_rule(PdfPainter& painter, const Rule& rule, double page_h) {
  stroke_line(painter, rule.x1, page_h - rule.y1, rule.x2, page_h - rule.y2, rule.width,
              rule.color);
}

/// Writes "a b c d e f Tm" (PDF 32000-1 §9.4.2) straight into the page
/// content: PdfPainter has no text-matrix call, and it appends each
/// operator to the canvas as it is made, so the order is kept.
void set_text_matrix(PdfPainter& painter, double c, double e, double f) {
  std::ostringstream op;
  op.imbue(std::locale::classic());
  op.precision(15);
  op << "1 0 " << c << " 1 " << e << ' ' << f << " Tm\n";
  const std::string s = op.str();
  painter.GetCanvas()->Append(s.c_str(), s.size());
}

/// One text object for the run's chunks, starting at (ox, oy) in PDF user
/// space; `shear` ≠ 0 slants the glyphs with a text matrix.
void draw_chunks(PdfPainter& painter, const std::vector<TextChunk>& chunks, double ox, double oy,
                 double shear) {
  painter.BeginText(ox + chunks.front().x, oy);
  // Tm replaces the text and line matrices set by BeginText's Td; the
  // relative Td moves below then run along the slanted baseline, which is
  // still horizontal.
  if (shear != 0) set_text_matrix(painter, shear, ox + chunks.front().x, oy);
  double line_x = chunks.front().x;
  for (const TextChunk& chunk : chunks) {
    // Td moves relative to the start of the previous string's line.
    if (chunk.x != line_x) painter.MoveTextPos(chunk.x - line_x, 0);
    line_x = chunk.x;
    painter.AddText(pdf_string(chunk.text));
  }
  painter.EndText();
}

void paint_underline(PdfPainter& painter, const GlyphRun& run, const PodofoFontFace& face,
                     const std::vector<TextChunk>& chunks, double baseline) {
  double width = run.width;
  if (width <= 0 && !chunks.empty()) {
    width = chunks.back().x;
    for (char32_t cp : chunks.back().text) width += face.advance_em(cp) * run.size_pt;
  }
  const double y = baseline + face.underline_position_em() * run.size_pt;
  stroke_line(painter, run.x, y, run.x + width, y, face.underline_thickness_em() * run.size_pt,
              run.color);
}

/// Detaches the painter after a failure (its destructor complains when a
/// page is left open); a second error here adds nothing.
void finish_quietly(PdfPainter& painter) {
  try {
    painter.FinishPage();
  } catch (...) {
  }
}

}  // namespace

void FramePainter::paint_run(PdfPainter& painter, const GlyphRun& run, double page_h) {
  const std::u32string cps = utf8_to_u32(run.text);
  PodofoFontFace& face = faces_.face(run.face_id);
  const std::vector<TextChunk> chunks = chunk_run(run, cps, face);
  if (chunks.empty()) return;
  PoDoFo::PdfFont& font = fonts_.font(run.face_id);
  font.SetFontSize(static_cast<float>(run.size_pt));
  painter.SetFont(&font);
  painter.SetColor(rgb(run.color));
  const bool stroked = run.synthetic_bold;
  // q … Q scopes the render mode and stroke to this run (Tr is part of the
  // graphics state and would otherwise leak into later runs). The italic
  // shear lives in the text matrix, which every BT resets.
  if (stroked) painter.Save();
  if (run.synthetic_bold) {
    painter.SetStrokingColor(rgb(run.color));
    painter.SetStrokeWidth(run.size_pt * kBoldStrokePerPt);
    painter.SetTextRenderingMode(PoDoFo::ePdfTextRenderingMode_FillAndStroke);
  }
  draw_chunks(painter, chunks, run.x, page_h - run.y, run.synthetic_italic ? kItalicShear : 0);
  if (stroked) {
    painter.Restore();
    painter.SetTextRenderingMode(PoDoFo::ePdfTextRenderingMode_Fill);
  }
  if (run.underline) paint_underline(painter, run, face, chunks, page_h - run.y);
}

void FramePainter::paint_items(PdfPainter& painter, const Page& page) {
  bool butt = false;  // the cap style in force; J is written only on change
  painter.SetLineCapStyle(PoDoFo::ePdfLineCapStyle_Square);
  for (const FrameItem& item : page.items) {
    if (const auto* fill = std::get_if<FillRect>(&item)) {
      paint_fill(painter, *fill, page.height_pt);
    } else if (const auto* rule = std::get_if<Rule>(&item)) {
      if (rule->butt_caps != butt) {
        butt = rule->butt_caps;
        painter.SetLineCapStyle(butt ? PoDoFo::ePdfLineCapStyle_Butt
                                     : PoDoFo::ePdfLineCapStyle_Square);
      }
      paint_rule(painter, *rule, page.height_pt);
    } else {
      paint_run(painter, std::get<GlyphRun>(item), page.height_pt);
    }
  }
}

void FramePainter::paint(const Page& page) {
  PdfPainter painter;
  try {
    // The MediaBox is rounded to 1/100 pt (A4: 595.28 × 841.89, as PDF
    // producers write it); items keep their exact positions.
    const PoDoFo::PdfRect box(0, 0, std::round(page.width_pt * 100) / 100,
                              std::round(page.height_pt * 100) / 100);
    painter.SetPage(doc_.CreatePage(box));
    paint_items(painter, page);
    painter.FinishPage();
  } catch (const PoDoFo::PdfError& e) {
    finish_quietly(painter);
    throw_pdf_error("cannot paint PDF page", e);
  } catch (...) {
    finish_quietly(painter);
    throw;
  }
}

}  // namespace formwork
