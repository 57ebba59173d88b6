#pragma once
#include <map>
#include <string>
#include <vector>

#include "fonts/font_config.h"
#include "model/document.h"

namespace formwork {

/// Writes documents to one PDF (PDF 32000-1): each document laid out by
/// layout_document and painted on its own pages, so N documents give one
/// merged print file sharing one subset per font. Fonts are embedded as
/// CIDFontType2 subsets with Identity-H encoding and a ToUnicode CMap, so
/// text extracts in reading order. /CreationDate and /ModDate are fixed and
/// the trailer /ID is a hash of the content: same input, same bytes.
/// Written atomically. Throws IoError, or std::runtime_error for font
/// problems.
void write_pdf(const std::vector<const Document*>& docs,
               const std::map<std::string, FontFiles>& fonts, const std::string& path);

}  // namespace formwork
