#pragma once
// The element nesting limit of templates (private to the template module).
// The parser, the node tree's destructor and rendering all recurse once per
// element level, so a template nested thousands deep would exhaust the stack;
// the limit is checked on the XML tree before any of them runs.
#include <pugixml.hpp>

#include "template/parse_context.h"

namespace formwork {

/// Deepest element nesting a template may have, <form> being level 1. The
/// shipped templates nest at most 13 levels (project-self-eval:
/// form/table/each/if/row/cell/…); 100 leaves ample room and keeps every
/// recursive walk of the tree far from the stack's end.
inline constexpr int kMaxElementDepth = 100;

/// Walks the element tree under `root` (iteratively) and throws
/// TemplateError at the first element nested deeper than kMaxElementDepth,
/// naming the limit.
void check_element_depth(pugi::xml_node root, const ParseContext& ctx);

}  // namespace formwork
