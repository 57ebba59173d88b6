#include "docx/picture_line.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "docx/docx_units.h"
#include "docx/paragraph_xml.h"
#include "docx/text_estimate.h"

namespace formwork {

namespace {

using docx_units::kEmuPerTwip;

// The em box's share above the baseline (layout/line_metrics.h
// kEmBoxAscent): the PDF centres it in the line.
constexpr double kEmBoxAscent = 0.88;

// The part of a line `line` twips high, whose largest text is `size_pt`,
// above its baseline (twips).
double above_baseline(double line, double size_pt) {
  const double size = size_pt * 20.0;
  return (line - size) / 2 + kEmBoxAscent * size;
}

// Size of the paragraph mark, which paragraph_xml.cpp sizes indents by.
double mark_size(const Paragraph& para) {
  return para.runs.empty() ? TextStyle{}.size_pt : para.runs.front().style.size_pt;
}

double indent_twips(double em, double size_pt) { return em * size_pt * 20.0; }

// The narrowest line of `para` in twips (a first-line indent only narrows).
double narrowest_line(const Paragraph& para, const ParagraphContext& ctx) {
  const double first = std::max(0.0, para.first_line_indent_em);
  return static_cast<double>(ctx.available_width) -
         indent_twips(para.left_indent_em + para.right_indent_em + first, mark_size(para));
}

// The first line's width in twips (a hanging indent widens it).
double first_line(const Paragraph& para, const ParagraphContext& ctx) {
  return static_cast<double>(ctx.available_width) -
         indent_twips(para.left_indent_em + para.right_indent_em + para.first_line_indent_em,
                      mark_size(para));
}

// Estimated width (twips) of the runs of `para` before `stop` (all of them
// when null): texts by estimate_text_twips, inline pictures at their
// extent; < 0 when a line break comes first.
double width_before(const Paragraph& para, const Run* stop, const ParagraphContext& ctx) {
  double width = 0;
  for (const Run& run : para.runs) {
    if (&run == stop) break;
    if (run.picture) {
      if (!run.picture->floating) {
        width += static_cast<double>(picture_extent(para, run, ctx).cx) / kEmuPerTwip;
      }
    } else if (run.text.find('\n') != std::string::npos) {
      return -1;
    } else {
      width += estimate_text_twips(run.text, run.style.size_pt);
    }
  }
  return width;
}

// Whether what precedes `stop` (everything when null) fits the first line.
bool on_first_line(const Paragraph& para, const Run* stop, const ParagraphContext& ctx) {
  const double width = width_before(para, stop, ctx);
  return width >= 0 && (ctx.available_width <= 0 || width <= first_line(para, ctx));
}

double tallest_inline_picture(const Paragraph& para, const ParagraphContext& ctx) {
  double tallest = 0;
  for (const Run& run : para.runs) {
    if (!run.picture || run.picture->floating) continue;
    tallest = std::max(tallest, static_cast<double>(picture_extent(para, run, ctx).cy));
  }
  return tallest / kEmuPerTwip;
}

}  // namespace

std::optional<long> floating_line_top(const Paragraph& para, const Run& run,
                                      const ParagraphContext& ctx) {
  if (!on_first_line(para, &run, ctx)) return std::nullopt;
  return docx_units::pt_to_twips(para.space_before_pt) * kEmuPerTwip;
}

EmuSize picture_extent(const Paragraph& para, const Run& run, const ParagraphContext& ctx) {
  long max_cx = 0;
  if (ctx.available_width > 0) {
    max_cx = std::max(1L, std::lround(narrowest_line(para, ctx) * kEmuPerTwip));
  }
  long max_cy = 0;
  if (ctx.available_height > 0) {
    const double line =
        static_cast<double>(text_line_twips(run.style.size_pt, para.line_spacing, ctx.line_pitch));
    const double descent = line - above_baseline(line, run.style.size_pt);
    max_cy = std::max(
        1L, std::lround((static_cast<double>(ctx.available_height) - descent) * kEmuPerTwip));
  }
  return fitted_extent(*run.picture, max_cx, max_cy);
}

bool has_inline_picture(const Paragraph& para) {
  return std::any_of(para.runs.begin(), para.runs.end(),
                     [](const Run& run) { return run.picture && !run.picture->floating; });
}

long picture_line_twips(const Paragraph& para, const ParagraphContext& ctx) {
  const long text = line_height_twips(para, ctx.line_pitch);
  if (!on_first_line(para, nullptr, ctx)) return text;
  double size = mark_size(para);
  for (const Run& run : para.runs) size = std::max(size, run.style.size_pt);
  const double above = above_baseline(static_cast<double>(text), size);
  const double picture = tallest_inline_picture(para, ctx);
  if (picture <= above + 1e-6) return text;
  const double natural = picture + (static_cast<double>(text) - above);
  if (ctx.line_pitch <= 0) return std::lround(std::ceil(natural - 1e-6));
  const double pitch = static_cast<double>(ctx.line_pitch);
  return static_cast<long>(std::ceil(natural / pitch - 1e-6)) * ctx.line_pitch;
}

}  // namespace formwork
