#include "docx/paragraph_xml.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "docx/docx_units.h"
#include "docx/drawing_xml.h"
#include "docx/picture_line.h"
#include "docx/rule_xml.h"
#include "docx/run_xml.h"
#include "docx/xml_util.h"

namespace formwork {

namespace {

using docx_units::pt_to_twips;
using docx_xml::add_val;
using docx_xml::set_int;

const char* jc_value(Align align) {
  switch (align) {
    case Align::Center:
      return "center";
    case Align::Right:
      return "right";
    case Align::Justify:
      return "both";
    case Align::Left:
      break;
  }
  return "left";
}

std::string style_id(const Paragraph& para) {
  if (para.role == ParagraphRole::Title) return "Title";
  if (para.role == ParagraphRole::Heading) {
    return "Heading" + std::to_string(std::clamp(para.heading_level, 1, 4));
  }
  return "";
}

TextStyle mark_style(const Paragraph& para) {
  return para.runs.empty() ? TextStyle{} : para.runs.front().style;
}

// `rule` "exact" (lines as the PDF spaces them) or "atLeast" (lines that
// hold pictures, which an exact line would clip).
void append_spacing(pugi::xml_node ppr, long before, long after, long line,
                    const char* rule = "exact") {
  pugi::xml_node spacing = ppr.append_child("w:spacing");
  set_int(spacing, "w:before", std::max(0L, before));
  set_int(spacing, "w:after", std::max(0L, after));
  set_int(spacing, "w:line", std::max(1L, line));
  spacing.append_attribute("w:lineRule") = rule;
}

// The paragraph's w:spacing: its space before and after, and its line.
void append_paragraph_spacing(pugi::xml_node ppr, const Paragraph& para,
                              const ParagraphContext& ctx) {
  long before = pt_to_twips(para.space_before_pt);
  long after = pt_to_twips(para.space_after_pt);
  if (has_inline_picture(para)) {
    append_spacing(ppr, before, after, picture_line_twips(para, ctx), "atLeast");
  } else {
    append_spacing(ppr, before, after, line_height_twips(para, ctx.line_pitch));
  }
}

// A picture run; dropped where the part keeps no media (never for the
// main document, the only part with runs from the model).
void append_picture(pugi::xml_node p, const Paragraph& para, const Run& run,
                    const ParagraphContext& ctx) {
  if (ctx.media == nullptr) return;
  std::optional<long> line_top;
  if (run.picture->floating) line_top = floating_line_top(para, run, ctx);
  append_picture_run(p, *run.picture, picture_extent(para, run, ctx),
                     ctx.media->add_drawing(*run.picture), run.style,
                     ctx.fonts->names(run.style.font_role), line_top);
}

// Sets `<name>Chars` (hundredths of a character) and `<name>` (twips).
void set_indent(pugi::xml_node ind, const std::string& name, double em, double size_pt) {
  set_int(ind, name.c_str(), pt_to_twips(em * size_pt));
  set_int(ind, (name + "Chars").c_str(), std::lround(em * 100.0));
}

void append_indent(pugi::xml_node ppr, const Paragraph& para) {
  if (para.first_line_indent_em == 0 && para.left_indent_em == 0 && para.right_indent_em == 0) {
    return;
  }
  double size = mark_style(para).size_pt;
  pugi::xml_node ind = ppr.append_child("w:ind");
  if (para.left_indent_em != 0) set_indent(ind, "w:left", para.left_indent_em, size);
  if (para.right_indent_em != 0) set_indent(ind, "w:right", para.right_indent_em, size);
  if (para.first_line_indent_em > 0)
    set_indent(ind, "w:firstLine", para.first_line_indent_em, size);
  if (para.first_line_indent_em < 0) set_indent(ind, "w:hanging", -para.first_line_indent_em, size);
}

// Character spacing for a run of `style` in this context.
long run_spacing(const TextStyle& style, const ParagraphContext& ctx) {
  bool on_grid = ctx.run_spacing != 0 && std::abs(style.size_pt - ctx.grid_size_pt) < 0.01;
  return on_grid ? ctx.run_spacing : 0;
}

// The rule paragraph's spacing and indents (twips), after its w:pBdr.
void append_rule_layout(pugi::xml_node ppr, const Paragraph& para, Align align,
                        const ParagraphContext& ctx) {
  long before = pt_to_twips(para.space_before_pt) + ctx.rule_text_gap;
  long after = pt_to_twips(para.space_after_pt);
  // The 1 pt line is not in the PDF's height: take it off the spacing.
  (before >= kRuleLineTwips ? before : after) -= kRuleLineTwips;
  append_spacing(ppr, before, after, kRuleLineTwips);
  double size = mark_style(para).size_pt;
  RuleIndents ind =
      rule_indents(*para.rule, align, ctx.available_width, pt_to_twips(para.left_indent_em * size),
                   pt_to_twips(para.right_indent_em * size));
  if (ind.left == 0 && ind.right == 0) return;
  pugi::xml_node node = ppr.append_child("w:ind");
  set_int(node, "w:left", ind.left);
  set_int(node, "w:right", ind.right);
}

// A paragraph whose mark (and so its empty line) is 1 pt high.
pugi::xml_node append_tiny_paragraph(pugi::xml_node parent, const ParagraphContext& ctx) {
  pugi::xml_node p = parent.append_child("w:p");
  pugi::xml_node ppr = p.append_child("w:pPr");
  if (ctx.section_grid) add_val(ppr, "w:snapToGrid", "0");
  append_spacing(ppr, 0, 0, 20);
  TextStyle tiny;
  tiny.size_pt = 1;
  append_run_properties(ppr, tiny, ctx.fonts->names(tiny.font_role));
  return p;
}

}  // namespace

long line_height_twips(const Paragraph& para, long line_pitch) {
  double size = mark_style(para).size_pt;
  for (const Run& run : para.runs) size = std::max(size, run.style.size_pt);
  return text_line_twips(size, para.line_spacing, line_pitch);
}

long text_line_twips(double size_pt, double line_spacing, long line_pitch) {
  double natural = line_spacing * size_pt * 20.0;
  if (line_pitch <= 0) return std::max(1L, std::lround(natural));
  // A hair of tolerance so 1.25 × 16 pt on a 20 pt pitch stays one line.
  long pitches = static_cast<long>(std::ceil(natural / static_cast<double>(line_pitch) - 1e-6));
  return std::max(1L, pitches) * line_pitch;
}

pugi::xml_node append_paragraph(pugi::xml_node parent, const Paragraph& para, Align align,
                                const ParagraphContext& ctx) {
  pugi::xml_node p = parent.append_child("w:p");
  pugi::xml_node ppr = p.append_child("w:pPr");
  if (std::string id = style_id(para); !id.empty()) add_val(ppr, "w:pStyle", id);
  if (para.keep_with_next || ctx.row_keep_next) ppr.append_child("w:keepNext");
  if (para.widow_control) {
    ppr.append_child("w:widowControl");
  } else {
    add_val(ppr, "w:widowControl", "0");
  }
  if (para.rule) append_rule_border(ppr, *para.rule);
  if (ctx.section_grid) add_val(ppr, "w:snapToGrid", "0");
  if (para.rule) {
    append_rule_layout(ppr, para, align, ctx);
  } else {
    append_paragraph_spacing(ppr, para, ctx);
    append_indent(ppr, para);
  }
  add_val(ppr, "w:jc", jc_value(align));
  TextStyle mark = mark_style(para);
  if (para.rule) mark.size_pt = 1;  // the empty line must not grow with the font
  append_run_properties(ppr, mark, ctx.fonts->names(mark.font_role), run_spacing(mark, ctx));
  if (para.rule) return p;
  for (const Run& run : para.runs) {
    if (run.picture) {
      append_picture(p, para, run, ctx);
      continue;
    }
    append_run(p, run.text, run.style, ctx.fonts->names(run.style.font_role),
               run_spacing(run.style, ctx), ctx.deferred);
  }
  return p;
}

void append_page_break(pugi::xml_node parent, const ParagraphContext& ctx) {
  pugi::xml_node p = append_tiny_paragraph(parent, ctx);
  p.append_child("w:r").append_child("w:br").append_attribute("w:type") = "page";
}

pugi::xml_node append_spacer_paragraph(pugi::xml_node parent, const ParagraphContext& ctx) {
  return append_tiny_paragraph(parent, ctx);
}

}  // namespace formwork
