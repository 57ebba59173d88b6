#pragma once
// <table> → Table (private to the template module).
#include <optional>

#include "expr/expression.h"
#include "template/template_node.h"

namespace formwork {

/// Renders rows and cells (expanding <each>/<if>/<set>) and checks the grid
/// with resolve_grid. Returns nullopt when no row remains (an empty table
/// is not valid OOXML). Throws TemplateError at the table's line when a row
/// holds more cells than the table has columns.
std::optional<Table> render_table(const TableNode& node, const Scope& scope);

}  // namespace formwork
