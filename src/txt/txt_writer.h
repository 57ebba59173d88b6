#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "model/document.h"

namespace formwork {

/// Plain UTF-8 text of `doc`: paragraphs wrapped to `width` columns,
/// tables drawn with aligned columns where East Asian wide characters
/// count as two columns (UAX #11), merged cells spanning their columns,
/// rule paragraphs as a line of "─" (see render_rule). PageBreak and
/// SectionBreak give a form-feed line; `width` columns stand for the
/// current section's text block (for rule lengths and fixed column widths
/// in mm). Header and footer lines (page numbers) are not written: a text
/// file's form-feed pages are not the printed pages they would count.
std::string render_txt(const Document& doc, int width = 100);

/// render_txt handing the text to `out` in chunks of about 1 MB as it is
/// made, so memory does not grow with the length of the output.
void render_txt(const Document& doc, int width, const std::function<void(std::string_view)>& out);

/// Writes render_txt(doc) to `path` atomically (a temporary file beside it,
/// fsync, rename), streamed. Throws IoError.
void write_txt(const Document& doc, const std::string& path);

}  // namespace formwork
