#pragma once
// Horizontal rules (model HorizontalRule) as empty paragraphs with a
// paragraph border (ECMA-376 Part 1 §17.3.1.24 pBdr, §17.3.4 borders).
#include <pugixml.hpp>

#include "model/document.h"

namespace formwork {

/// Height in twips of the rule paragraph's one (empty) line, lineRule
/// exact: 1 pt, the smallest readers honour. The border adds its thickness.
inline constexpr long kRuleLineTwips = 20;

/// Left and right paragraph indents in twips.
struct RuleIndents {
  long left = 0;
  long right = 0;
};

/// Indents that place a rule of rule.length_mm within `available_width`
/// twips after the paragraph's own indents `left`/`right` (twips): centred
/// for Align::Center, flush right for Right, flush left otherwise; a rule
/// of length 0 or longer than the room spans the whole room.
RuleIndents rule_indents(const HorizontalRule& rule, Align align, long available_width, long left,
                         long right);

/// w:sz of a border `thickness_pt` thick: eighths of a point, clamped to
/// 2..96, the range ST_EighthPointMeasure allows for line borders.
long border_eighths(double thickness_pt);

/// Appends <w:pBdr><w:bottom w:val="single" w:sz=… w:space="0"
/// w:color="RRGGBB"/></w:pBdr> to `ppr`: the rule drawn under the
/// paragraph's 1 pt line, as long as the text between the indents.
void append_rule_border(pugi::xml_node ppr, const HorizontalRule& rule);

}  // namespace formwork
