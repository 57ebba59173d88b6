#pragma once
// Runs of text as WordprocessingML w:r elements (ECMA-376 Part 1 §17.3.2).
#include <pugixml.hpp>
#include <string_view>

#include "model/document.h"

namespace formwork {

/// Appends a w:rPr for `style` to `parent` (a w:r, or a w:pPr for the
/// paragraph mark): w:rFonts (ascii/hAnsi/cs = Latin face, eastAsia = CJK
/// face, from docx_font_names), w:b, w:i, w:color RRGGBB, w:sz/w:szCs in
/// half-points, w:u single — in the schema's element order (§17.3.2.28).
void append_run_properties(pugi::xml_node parent, const TextStyle& style);

/// Appends one w:r holding `text` in `style` to paragraph `p`. '\n' becomes
/// <w:br/>, '\t' <w:tab/>; other C0 control characters (not allowed in
/// XML 1.0) are dropped. Every w:t carries xml:space="preserve" so leading
/// and trailing spaces survive.
void append_run(pugi::xml_node p, std::string_view text, const TextStyle& style);

}  // namespace formwork
