#pragma once
// Resolved paragraph properties (text_properties.h ParaProps, in twips and
// hundredths) as the model's Paragraph fields (em, pt, line multiples).
#include <optional>
#include <string>

#include "docx/reader_warnings.h"
#include "docx/text_properties.h"
#include "model/document.h"

namespace formwork {

/// Word's "single" line (w:lineRule auto, w:line 240) as a multiple of the
/// font size: the line a CJK face (宋体: ascent + descent + Word's East
/// Asian leading) and a Latin face (Times New Roman, Arial) take.
inline constexpr double kSingleLineCjk = 1.3;
inline constexpr double kSingleLineLatin = 1.15;

/// What the conversion needs to know about the paragraph's runs.
struct ParagraphMetrics {
  double em_pt = 12;         ///< the first run's size: the model's em for indents
  double line_size_pt = 12;  ///< the largest run's size, which the model's line spacing multiplies
  bool cjk = true;           ///< the first run's role is a CJK one (its single line)
  double line_unit_twips = 240;  ///< one line of w:beforeLines / w:afterLines
};

/// w:jc (§17.18.44 ST_Jc) as Align: both, distribute and the kashida and
/// Thai variants justify (`distributed` set for distribute/thaiDistribute,
/// which also spread the last line); center; right and end; else left.
Align paragraph_align(const std::optional<std::string>& jc, bool* distributed);

/// The model's line_spacing (line pitch / line_size_pt) for w:spacing
/// w:line: auto → w:line / 240 single lines (kSingleLineCjk or
/// kSingleLineLatin × size each); exact → w:line twips / 20 / size;
/// atLeast → the larger of one single line and w:line. No w:line: single.
double line_spacing(const std::optional<LineRule>& line, const ParagraphMetrics& m);

/// Sets `para`'s align, indents (w:ind: twips / 20 / em_pt, or *Chars /
/// 100; hanging → negative first-line indent), space before and after
/// (twips / 20, or *Lines / 100 × line_unit_twips / 20; auto spacing 14
/// pt as Word sets HTML paragraphs), line_spacing, keep_with_next and
/// widow_control (off unless a level turns it on, §17.3.1.44). Distributed
/// alignment is noted in `warnings` for `part`.
void apply_paragraph_format(Paragraph& para, const ParaProps& props, const ParagraphMetrics& m,
                            ReaderWarnings& warnings, const std::string& part);

}  // namespace formwork
