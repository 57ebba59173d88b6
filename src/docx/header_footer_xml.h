#pragma once
// Header and footer parts, word/headerN.xml and word/footerN.xml (ECMA-376
// Part 1 §17.10).
#include <string>

#include "docx/font_names.h"
#include "model/document.h"

namespace formwork {

/// The horizontal placement of one header/footer paragraph: Outside
/// resolved to Right (odd pages) or Left (even pages) by the caller.
enum class MarginSide { Left, Center, Right };

/// A w:hdr (`header`) or w:ftr part holding one paragraph for `text`, or
/// an empty 1 pt paragraph when `text` is null or empty (a blank first
/// page). The paragraph is justified as `side`, indented text.indent_em ×
/// text.size_pt (twips only, so Word's character unit — the Normal size —
/// does not change it) from that side (GB/T 9704 §7.5: one character),
/// one exact line text.size_pt high (section_xml.h places that line box),
/// off the document grid. Runs are in text.font_role at text.size_pt, the
/// role's East Asian face also drawing Latin letters and digits (GB/T 9704:
/// 宋体 half-width digits) unless the role is a Latin one. "{page}"
/// becomes a PAGE field and "{pages}" a NUMPAGES field (w:fldSimple,
/// §17.16.19; both run on across sections), the rest literal text.
std::string build_header_footer_xml(const MarginText* text, MarginSide side, bool header,
                                    const DocxFonts& fonts);

}  // namespace formwork
