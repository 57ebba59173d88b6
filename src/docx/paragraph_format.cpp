#include "docx/paragraph_format.h"

#include <algorithm>

namespace formwork {

namespace {

// Word's space before and after an HTML paragraph (w:beforeAutospacing).
constexpr double kAutoSpacingPt = 14;

// An indent in em: *Chars (hundredths of a character) when stated and not
// 0, else twips in em of `em_pt`.
double indent_em(const std::optional<double>& twips, const std::optional<double>& chars,
                 double em_pt) {
  if (chars && *chars != 0) return *chars / 100.0;
  return twips.value_or(0) / 20.0 / em_pt;
}

double first_line_em(const std::optional<FirstLineIndent>& first, double em_pt) {
  if (!first) return 0;
  double em = first->chars != 0 ? first->chars / 100.0 : first->twips / 20.0 / em_pt;
  return first->hanging ? -em : em;
}

double spacing_pt(const std::optional<double>& twips, const std::optional<double>& lines,
                  const std::optional<bool>& automatic, double line_unit_twips) {
  if (automatic.value_or(false)) return kAutoSpacingPt;
  if (lines && *lines != 0) return *lines / 100.0 * line_unit_twips / 20.0;
  return std::max(0.0, twips.value_or(0) / 20.0);
}

}  // namespace

Align paragraph_align(const std::optional<std::string>& jc, bool* distributed) {
  *distributed = false;
  if (!jc) return Align::Left;
  const std::string& v = *jc;
  if (v == "center") return Align::Center;
  if (v == "right" || v == "end") return Align::Right;
  if (v == "distribute" || v == "thaiDistribute") {
    *distributed = true;
    return Align::Justify;
  }
  if (v == "both" || v == "lowKashida" || v == "mediumKashida" || v == "highKashida") {
    return Align::Justify;
  }
  return Align::Left;
}

double line_spacing(const std::optional<LineRule>& line, const ParagraphMetrics& m) {
  const double single = m.cjk ? kSingleLineCjk : kSingleLineLatin;
  const double size = std::max(m.line_size_pt, 0.5);
  if (!line) return single;
  switch (line->kind) {
    case LineRule::Kind::Auto:
      return std::max(0.1, line->value / 240.0) * single;
    case LineRule::Kind::Exact:
      return std::max(0.05, line->value / 20.0 / size);
    case LineRule::Kind::AtLeast:
      return std::max(single, line->value / 20.0 / size);
  }
  return single;
}

void apply_paragraph_format(Paragraph& para, const ParaProps& props, const ParagraphMetrics& m,
                            ReaderWarnings& warnings, const std::string& part) {
  bool distributed = false;
  para.align = paragraph_align(props.jc, &distributed);
  if (distributed) warnings.note(DocxLoss::DistributedAlign, part);
  const double em = std::max(m.em_pt, 0.5);
  para.left_indent_em = indent_em(props.left, props.left_chars, em);
  para.right_indent_em = indent_em(props.right, props.right_chars, em);
  para.first_line_indent_em = first_line_em(props.first_line, em);
  para.space_before_pt =
      spacing_pt(props.before, props.before_lines, props.before_auto, m.line_unit_twips);
  para.space_after_pt =
      spacing_pt(props.after, props.after_lines, props.after_auto, m.line_unit_twips);
  para.line_spacing = line_spacing(props.line, m);
  para.keep_with_next = props.keep_next.value_or(false);
  para.widow_control = props.widow_control.value_or(false);
}

}  // namespace formwork
