#pragma once
// Moving what refers to rows of a filled XLSX template: formulas on every
// worksheet (§18.17), defined names (§18.2.5 definedName), and each
// sheet's areas: dimension (§18.3.1.35), merged cells (§18.3.1.55),
// conditional formatting and data validation sqref (§18.3.1.18,
// §18.3.1.32), hyperlinks (§18.3.1.47), autoFilter (§18.3.1.2), row page
// breaks (§18.3.1.73 rowBreaks, §18.3.1.7 brk), array formula ranges.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xlsx/xlsx_template_rows.h"

namespace formwork {

/// The row maps of a filled workbook and its worksheet names.
class WorkbookRowMaps {
 public:
  WorkbookRowMaps(const std::vector<TemplateSheet>& sheets, const std::vector<FilledSheet>& filled)
      : sheets_(sheets), filled_(filled) {}

  /// `formula` (template text, no '=') as it reads on worksheet `sheet`
  /// (nullopt: a defined name without a sheet of its own, whose
  /// references without a sheet prefix are left alone) in copy path
  /// `path`. For each reference into a worksheet:
  /// - rows below or above expanded blocks move with them;
  /// - a range is mapped to the first and last filled row of its rows, so
  ///   a range over a repeated row spans every copy (SUM(D5:D5) over three
  ///   items → SUM(D5:D7));
  /// - a reference from inside a copy to a row of the same block stays in
  ///   that copy (copy j's =F5+G5 → =F(5+j)+G(5+j)); a row part marked `$`
  ///   is seen from the top level instead (the first copy, as Excel keeps
  ///   an absolute reference when a row is copied);
  /// - a reference whose rows were all dropped (an empty list, a false
  ///   {{#if}}) becomes 0 (SUM(D5:D5) → SUM(0)).
  /// Text literals, other workbooks and unknown sheets are left as written.
  std::string rewrite(std::string_view formula, std::optional<size_t> sheet, int path) const;

  /// The areas of ST_Sqref `sqref` on `sheet` after filling (each area
  /// once per copy of the innermost block holding all its rows,
  /// RowMap::copies); empty when every area was dropped.
  std::string move_sqref(std::string_view sqref, size_t sheet) const;

  /// The index of the worksheet named `name` (ASCII case ignored), or nullopt.
  std::optional<size_t> sheet_named(std::string_view name) const;

 private:
  const std::vector<TemplateSheet>& sheets_;
  const std::vector<FilledSheet>& filled_;
};

/// Moves the areas of filled worksheet `sheet` (see the file comment) and
/// rewrites the formulas of its conditional formats and data validations
/// as seen from the top level.
void move_sheet_areas(const WorkbookRowMaps& maps, size_t sheet, FilledSheet& filled);

/// Rewrites every formula placed in `filled` (PlacedFormula), and the
/// f@ref of array formulas.
void rewrite_sheet_formulas(const WorkbookRowMaps& maps, size_t sheet, FilledSheet& filled);

/// Rewrites the defined names (§18.2.5) of `workbook` (a copy of
/// xl/workbook.xml): print areas, print titles and the author's names.
void rewrite_defined_names(const WorkbookRowMaps& maps, pugi::xml_document& workbook);

}  // namespace formwork
