#pragma once
// Inline content and paragraphs → runs (private to the template module).
#include <string>
#include <string_view>
#include <vector>

#include "expr/expression.h"
#include "template/template_node.h"

namespace formwork {

/// Makes text safe for a Run: CR LF and CR become '\n', tabs a space, other
/// control characters (C0, DEL, C1) are dropped; the result is NFC.
std::string clean_run_text(std::string_view text);

/// Renders inline leaves: placeholders evaluated, '\n' for <br/>, adjacent
/// runs with equal styles merged, text cleaned (clean_run_text), empty runs
/// dropped. Throws TemplateError (expression errors carry their own
/// position; others get `loc`).
std::vector<Run> render_runs(const Inlines& leaves, const Scope& scope, const SourceLoc& loc);

/// A paragraph node rendered for one scope.
Paragraph render_paragraph(const ParagraphNode& node, const Scope& scope);

}  // namespace formwork
