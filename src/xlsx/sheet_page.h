#pragma once
// A worksheet's print setup (ECMA-376 Part 1 §18.3.1.63 pageSetup,
// §18.3.1.62 pageMargins, §18.3.1.46 headerFooter, §18.3.1.65
// pageSetUpPr) as the model's PageSetup.
#include <pugixml.hpp>
#include <string>

#include "model/document.h"
#include "xlsx/xlsx_reader_warnings.h"

namespace formwork::xlsx_read {

/// The paper of pageSetup paperSize `code` (§18.3.1.63) in portrait, mm:
/// 1 Letter 215.9 × 279.4, 5 Legal 215.9 × 355.6, 8 A3 297 × 420, 9 A4
/// 210 × 297, 11 A5 148 × 210, 12 B4 (JIS) 257 × 364, 13 B5 (JIS)
/// 182 × 257, 70 A6 105 × 148; any other code gives A4.
PageSetup paper_of(int code);

/// The page of worksheet element `worksheet` named `sheet`: paper size and
/// orientation (landscape swaps width and height), margins in inches → mm
/// (Excel's defaults 0.7 in left and right, 0.75 in top and bottom when
/// absent), oddHeader/oddFooter as one line each with their distance from
/// the page edge (header/footer margins) kept where it fits. Different
/// first-page or even-page headers, scaling, joined sections and codes
/// that print nothing are noted in `warnings`.
PageSetup read_sheet_page(const pugi::xml_node& worksheet, const std::string& sheet,
                          XlsxWarnings& warnings);

/// Whether the sheet is printed centred between the side margins
/// (§18.3.1.70 printOptions horizontalCentered).
bool horizontally_centred(const pugi::xml_node& worksheet);

/// Widens both side margins of `page` equally so that a printed sheet
/// `content_mm` wide stands centred, as Excel prints a sheet with
/// horizontalCentered; no change when the content is as wide as the text
/// width or wider.
void centre_content(PageSetup& page, double content_mm);

}  // namespace formwork::xlsx_read
