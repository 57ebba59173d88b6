#pragma once
// A worksheet's print setup from a section's PageSetup: paper, orientation,
// margins, header and footer lines (ECMA-376 Part 1 §18.3.1.62 pageMargins,
// §18.3.1.63 pageSetup, §18.3.1.46 headerFooter).
#include <string>

#include "model/document.h"
#include "xlsx/sheet_writer.h"

struct lxw_worksheet;

namespace formwork {

/// The pageSetup@paperSize code (ECMA-376 Part 1 §18.3.1.63) of a page of
/// that size in mm, either orientation, within 1 mm: A3 8, A4 9, A5 11,
/// B5 (JIS) 13, B5 (ISO) 34, Letter 1, Legal 5; any other size gives A4 (9),
/// the paper Excel prints fit-to-width forms on.
int paper_code(const PageSetup& page);

/// An Excel header/footer string (§18.3.1.46 codes) for `text`: placed by
/// &L, &C or &R (Outside, which alternates sides in print, is centred:
/// worksheets have one header for odd and even pages here), "&" doubled,
/// {page} → &P, {pages} → &N. Empty pattern → "".
std::string excel_header_footer(const MarginText& text);

/// Paper, orientation, margins (mm → inches), one page wide, centred, no
/// printed gridlines, `sheet`'s repeated header rows and page breaks, and
/// the page's header and footer lines; their distance from the page edge
/// follows MarginText::distance_mm when it fits in the margin, else half
/// the margin. Throws IoError when libxlsxwriter refuses.
void print_setup(lxw_worksheet* ws, const PageSetup& page, const SheetWriter& sheet);

}  // namespace formwork
