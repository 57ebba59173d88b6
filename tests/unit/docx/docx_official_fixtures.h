#pragma once
// Documents shaped like the two issue-3 documents: a GB/T 9704 notice with
// a landscape attachment section, and a Nghị định 30 report.
#include "model/document.h"

namespace formwork::docx_test {

/// GB/T 9704-2012 page: A4, margins top 37, bottom 35, left 28, right 26
/// mm (版心 156 × 225 mm), grid 22 lines × 28 characters, footer
/// "— {page} —" 宋体 14 pt, Outside, 7 mm below the 版心, 1 em in.
PageSetup gbt9704_page();

/// A notice: a red full-width rule, a Title (xbs 22 pt), headings of
/// levels 1 and 2 (黑体 / 楷体 16 pt), `body_paragraphs` body paragraphs
/// (仿宋 16 pt, indent 2 em; the second has widow_control off), a page
/// break right before the SectionBreak to a landscape A4 section (same
/// footer, no grid) holding "附件1", a table (header row, fixed first
/// column 20 mm, a row with a 30 mm cell and a row 300 mm high, a
/// centred 40 mm rule in a cell) and a borderless 2-column table.
Document notice_document(int body_paragraphs = 3);

/// A Vietnamese report: A4 portrait, margins 20/20/30/15 mm, header
/// "{page}" centred in the top margin from page 2 (Times 13 pt, serif
/// role), no footer, a borderless 2-column header table with short rules,
/// and body paragraphs long enough to fill two pages.
Document bao_cao_document();

}  // namespace formwork::docx_test
