#pragma once
// The pictures of a paragraph (Run::picture) in WordprocessingML terms:
// the size each is drawn at and the line height of a paragraph that holds
// inline ones, matching the PDF layout (layout/picture_layout.h,
// layout/line_metrics.h) as closely as Word's line model allows.
#include <optional>

#include "docx/docx_context.h"
#include "docx/drawing_xml.h"
#include "model/document.h"

namespace formwork {

/// The size `run`'s picture is drawn at in `para` (EMU): its printed size,
/// scaled down keeping its aspect ratio to the narrowest line of the
/// paragraph (ctx.available_width less the indents, in twips × 635) and to
/// a page of ctx.available_height twips less the part of its text line
/// below the baseline, as layout/picture_layout.h fit_pictures does. A
/// limit of 0 in ctx is no limit. `run.picture` must be set.
EmuSize picture_extent(const Paragraph& para, const Run& run, const ParagraphContext& ctx);

/// For a floating picture `run` of `para`: EMU from the top of the
/// paragraph (its space before included) to the top of the picture's line
/// when that is the first line, as estimated (no line break before it, the
/// text and inline pictures before it within the first line's width);
/// nullopt when it may be a later line, whose top only the reader knows.
/// drawing_xml.h append_picture_run measures the offset from there.
std::optional<long> floating_line_top(const Paragraph& para, const Run& run,
                                      const ParagraphContext& ctx);

/// Whether `para` holds a picture that is not floating.
bool has_inline_picture(const Paragraph& para);

/// w:spacing w:line (twips, to be written with w:lineRule="atLeast",
/// §17.3.1.33) for a paragraph holding inline pictures. An exact line would
/// clip a picture taller than it, so the line is a minimum that the tallest
/// picture may raise. When the paragraph looks like one line (no line
/// break, its estimated width within its first line's), the minimum is
/// the PDF's height for that line: the text line (line_height_twips) grown
/// by as much as the tallest picture (bottom on the baseline) rises above
/// the text's part above the baseline, rounded up to whole pitches of
/// ctx.line_pitch (layout/line_metrics.h with_pictures). Otherwise it is
/// the text line, so the paragraph's other lines keep their height.
long picture_line_twips(const Paragraph& para, const ParagraphContext& ctx);

}  // namespace formwork
