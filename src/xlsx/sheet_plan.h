#pragma once
// Which blocks of a Document go on which worksheet. A SectionBreak with a
// sheet_name starts a new worksheet with the section's page setup; one
// without continues the current worksheet on a new printed page, keeping
// the worksheet's page setup (a worksheet has only one).
#include <span>
#include <string>
#include <vector>

#include "model/document.h"

namespace formwork {

/// One worksheet to write: its final (sanitized, unique) name, its page
/// setup and its blocks (unnamed SectionBreaks stay in as page breaks).
struct SheetPlan {
  std::string name;
  PageSetup page;
  std::span<const Block> blocks;
};

/// The worksheets of `doc` in workbook order. The first is named
/// doc.sheet_name ("Sheet1" when empty) with doc.page, unless the document
/// opens with a named SectionBreak before any other block: that section is
/// then the first worksheet (no empty sheet is written). Names are made
/// unique with unique_sheet_name. Always at least one worksheet. `doc` must
/// outlive the plans (they view its blocks).
std::vector<SheetPlan> plan_sheets(const Document& doc);

}  // namespace formwork
