#include "docx/section_xml.h"

#include <algorithm>

#include "docx/docx_units.h"
#include "docx/ooxml_names.h"
#include "docx/xml_util.h"

namespace formwork {

namespace {

using docx_units::mm_to_twips;
using docx_xml::set_int;

// Half the height of a 14 pt footer line (about 1.3 × the size), in twips.
constexpr long kHalfFooterLine = 180;

}  // namespace

PageGeometry page_geometry(const PageSetup& page) {
  PageGeometry g;
  g.width = mm_to_twips(page.width_mm);
  g.height = mm_to_twips(page.height_mm);
  g.top = mm_to_twips(page.margin_top_mm);
  g.bottom = mm_to_twips(page.margin_bottom_mm);
  g.left = mm_to_twips(page.margin_left_mm);
  g.right = mm_to_twips(page.margin_right_mm);
  g.header = g.top / 2;
  g.footer = std::max(0L, g.bottom / 2 - kHalfFooterLine);
  return g;
}

void append_section_properties(pugi::xml_node body, const PageSetup& page, bool has_footer) {
  PageGeometry g = page_geometry(page);
  pugi::xml_node sect = body.append_child("w:sectPr");
  if (has_footer) {
    pugi::xml_node ref = sect.append_child("w:footerReference");
    ref.append_attribute("w:type") = "default";
    ref.append_attribute("r:id") = ooxml::kFooterRelId;
  }
  pugi::xml_node size = sect.append_child("w:pgSz");
  set_int(size, "w:w", g.width);
  set_int(size, "w:h", g.height);
  if (page.landscape) size.append_attribute("w:orient") = "landscape";
  pugi::xml_node mar = sect.append_child("w:pgMar");
  set_int(mar, "w:top", g.top);
  set_int(mar, "w:right", g.right);
  set_int(mar, "w:bottom", g.bottom);
  set_int(mar, "w:left", g.left);
  set_int(mar, "w:header", g.header);
  set_int(mar, "w:footer", g.footer);
  set_int(mar, "w:gutter", 0);
  sect.append_child("w:cols").append_attribute("w:space") = "425";
}

}  // namespace formwork
