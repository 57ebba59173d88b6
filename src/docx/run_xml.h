#pragma once
// Runs of text as WordprocessingML w:r elements (ECMA-376 Part 1 §17.3.2).
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "docx/deferred_runs.h"
#include "docx/font_names.h"
#include "model/document.h"

namespace formwork {

/// Appends a w:rPr for `style` to `parent` (a w:r, a w:pPr for the
/// paragraph mark, or a style): w:rFonts (ascii/hAnsi/cs = fonts.latin,
/// eastAsia = fonts.east_asia), w:b, w:i, w:color RRGGBB, w:spacing
/// `spacing_twips` (character spacing, when not 0), w:sz/w:szCs in
/// half-points, w:u single — in the schema's element order (§17.3.2.28).
void append_run_properties(pugi::xml_node parent, const TextStyle& style,
                           const DocxFontNames& fonts, long spacing_twips = 0);

/// Appends one w:r holding `text` in `style` to paragraph `p`. '\n' becomes
/// <w:br/>, '\t' <w:tab/>, '\r' is dropped; characters no output may carry
/// are removed (clean_text, util/forbidden_chars.h). Every w:t carries
/// xml:space="preserve" so leading and trailing spaces survive.
/// `spacing_twips` as for append_run_properties. With `deferred`, a long
/// text gets a placeholder that deferred->serialize() fills (the bytes are
/// the same); `text` must then outlive it.
void append_run(pugi::xml_node p, std::string_view text, const TextStyle& style,
                const DocxFontNames& fonts, long spacing_twips = 0,
                DeferredRuns* deferred = nullptr);

/// "RRGGBB" in upper-case hex for 0xRRGGBB (w:color, ST_HexColor §17.18.38).
std::string hex_color(unsigned rgb);

}  // namespace formwork
