#pragma once
// Page geometry and the body's section properties (ECMA-376 Part 1
// §17.6: w:sectPr, w:pgSz, w:pgMar, w:footerReference).
#include <pugixml.hpp>

#include "model/document.h"

namespace formwork {

/// PageSetup converted to twips (mm × 1440 / 25.4, rounded).
struct PageGeometry {
  long width = 0;
  long height = 0;
  long top = 0;
  long bottom = 0;
  long left = 0;
  long right = 0;
  long header = 0;  ///< distance from the page top to the header (half the top margin)
  long footer = 0;  ///< distance from the page bottom to the footer's last line

  /// The width between the left and right margins, in twips.
  long text_width() const { return width - left - right; }
};

/// Twips for `page`. The footer distance places the one-line footer
/// (14 pt, 4号 per GB/T 9704 §7.5) centred in the bottom margin.
PageGeometry page_geometry(const PageSetup& page);

/// Appends the final w:sectPr to `body`: w:footerReference (when
/// `has_footer`, to ooxml::kFooterRelId), w:pgSz (w:orient="landscape"
/// when page.landscape; width/height are taken as given, already swapped),
/// w:pgMar, w:cols. No w:docGrid, so lines do not snap to a grid.
void append_section_properties(pugi::xml_node body, const PageSetup& page, bool has_footer);

}  // namespace formwork
