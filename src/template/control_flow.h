#pragma once
// Evaluation of <each>, <if> and <set> (private to the template module).
#include <functional>

#include "expr/expression.h"
#include "template/template_node.h"

namespace formwork {

/// Called for every content node (paragraph, table, row, cell, page break)
/// with the scope it sees.
using EmitFn = std::function<void(const Node&, const Scope&)>;

/// Walks `nodes` in order: <set> binds a variable visible to the following
/// siblings and their descendants, <each> repeats its body in a child scope
/// per element (binding `as` and the 1-based `index`), <if> picks a body by
/// truthiness; every other node goes to `emit`. Throws TemplateError, e.g.
/// "each: '费用' is a string, expected a list".
void expand(const Nodes& nodes, const Scope& scope, const EmitFn& emit);

}  // namespace formwork
