#pragma once
// How a table's columns share the text width, the same for every writer
// (layout/PDF, DOCX w:tblGrid, XLSX column widths, TXT columns).
#include <vector>

#include "model/document.h"

namespace formwork {

/// Each column's share of `text_width_mm` (fractions, summing to 1 unless
/// there are no columns). Columns with Table::column_widths_mm > 0 are that
/// many mm wide; the width left over is shared by the other columns in
/// proportion to their Table::column_widths weights (equally when all their
/// weights are 0). Fixed columns that alone exceed the text width are scaled
/// down together and the others get nothing. In a table with
/// Table::column_auto columns, the width left by the fixed ones is shared
/// by content instead (fit_columns_to_content, model/auto_widths.h).
/// column_widths_mm or column_auto of another length than column_widths is
/// ignored (all columns relative).
std::vector<double> column_fractions(const Table& table, double text_width_mm);

}  // namespace formwork
