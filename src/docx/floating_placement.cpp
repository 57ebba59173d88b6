#include "docx/floating_placement.h"

#include <memory>

#include "docx/text_estimate.h"
#include "model/units.h"

namespace formwork {

namespace {

// The picture's left edge from the column's left edge for wp:align.
double aligned_x(const std::string& align, double width_mm, double text_width_mm) {
  if (align == "center") return (text_width_mm - width_mm) / 2;
  if (align == "right" || align == "outside") return text_width_mm - width_mm;
  return 0;
}

// Where a centred or right-aligned first line starts, in mm from its left
// indent: the room left by the line's estimated width (text_estimate.h),
// shared as the alignment says. 0 for left and justified lines.
double aligned_start_mm(const Paragraph& para, double room_mm) {
  if (para.align != Align::Center && para.align != Align::Right) return 0;
  double width_twips = 0;
  for (const Run& run : para.runs) {
    if (run.picture) {
      if (!run.picture->floating) width_twips += run.picture->width_mm * 1440 / 25.4;
      continue;
    }
    const size_t line_end = run.text.find('\n');
    width_twips +=
        estimate_text_twips(std::string_view(run.text).substr(0, line_end), run.style.size_pt);
    if (line_end != std::string::npos) break;
  }
  const double spare = room_mm - width_twips * 25.4 / 1440;
  if (spare <= 0) return 0;
  return para.align == Align::Center ? spare / 2 : spare;
}

}  // namespace

void place_floating(Paragraph& para, const FloatingPlacement& placement, double em_pt,
                    const ReaderContext& ctx, const PartContext& part) {
  if (placement.run >= para.runs.size() || !para.runs[placement.run].picture) return;
  Run& run = para.runs[placement.run];
  auto pic = std::make_shared<Picture>(*run.picture);
  const double first_indent = pt_to_mm((para.left_indent_em + para.first_line_indent_em) * em_pt);
  const double room = ctx.text_width_mm - first_indent - pt_to_mm(para.right_indent_em * em_pt);
  const double pen_x = first_indent + aligned_start_mm(para, room);
  if (placement.h_from != HorizontalFrom::Character) {
    if (!placement.h_align.empty()) {
      pic->offset_x_mm = aligned_x(placement.h_align, pic->width_mm, ctx.text_width_mm);
    } else if (placement.h_from == HorizontalFrom::Page) {
      pic->offset_x_mm -= ctx.margin_left_mm;
    }
    pic->offset_x_mm -= pen_x;
  }
  if (placement.v_from == VerticalFrom::Page) {
    ctx.warnings->note(DocxLoss::PagePositioned, part.name);
  }
  if (placement.v_from != VerticalFrom::Line) {
    if (!placement.v_align.empty()) pic->offset_y_mm = 0;
    pic->offset_y_mm -= pt_to_mm(para.space_before_pt);
  }
  run.picture = std::move(pic);
}

}  // namespace formwork
