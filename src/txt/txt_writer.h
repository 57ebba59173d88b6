#pragma once
#include <string>

#include "model/document.h"

namespace formwork {

/// Plain UTF-8 text of `doc`: paragraphs wrapped to `width` columns,
/// tables drawn with aligned columns where East Asian wide characters
/// count as two columns (UAX #11), merged cells spanning their columns.
std::string render_txt(const Document& doc, int width = 100);

/// Writes render_txt(doc) to `path` atomically. Throws IoError.
void write_txt(const Document& doc, const std::string& path);

}  // namespace formwork
