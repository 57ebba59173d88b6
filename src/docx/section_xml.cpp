#include "docx/section_xml.h"

#include <algorithm>
#include <cmath>

#include "docx/docx_units.h"
#include "docx/xml_util.h"

namespace formwork {

namespace {

using docx_units::mm_to_twips;
using docx_units::pt_to_twips;
using docx_xml::set_int;

// Half the height of a 14 pt line (about 1.3 × the size), in twips: the
// footer distance that centres a footer in the margin when there is none.
constexpr long kHalfFooterLine = 180;

// Margin edge → near edge of the line box, for a line box `size` high.
long margin_line_distance(const MarginText& text, long margin) {
  long size = pt_to_twips(text.size_pt);
  if (text.distance_mm < 0) return std::max(0L, (margin - size) / 2);
  return std::max(0L, margin - mm_to_twips(text.distance_mm) - size);
}

void append_reference(pugi::xml_node sect, const HeaderFooterRef& ref) {
  pugi::xml_node node = sect.append_child(ref.header ? "w:headerReference" : "w:footerReference");
  node.append_attribute("w:type") = ref.type;
  node.append_attribute("r:id") = ref.rel_id.c_str();
}

void append_doc_grid(pugi::xml_node sect, const SectionGrid& grid) {
  if (grid.type == nullptr) return;
  pugi::xml_node node = sect.append_child("w:docGrid");
  node.append_attribute("w:type") = grid.type;
  set_int(node, "w:linePitch", grid.line_pitch);
  if (grid.char_space != 0) set_int(node, "w:charSpace", grid.char_space);
}

}  // namespace

PageGeometry page_geometry(const PageSetup& page) {
  PageGeometry g;
  g.width = mm_to_twips(page.width_mm);
  g.height = mm_to_twips(page.height_mm);
  g.top = mm_to_twips(page.margin_top_mm);
  g.bottom = mm_to_twips(page.margin_bottom_mm);
  g.left = mm_to_twips(page.margin_left_mm);
  g.right = mm_to_twips(page.margin_right_mm);
  g.header = page.header.empty() ? g.top / 2 : margin_line_distance(page.header, g.top);
  g.footer = page.footer.empty() ? std::max(0L, g.bottom / 2 - kHalfFooterLine)
                                 : margin_line_distance(page.footer, g.bottom);
  return g;
}

SectionGrid doc_grid(const PageSetup& page, double normal_size_pt) {
  SectionGrid grid;
  if (page.grid_lines <= 0 && page.grid_chars <= 0) return grid;
  PageGeometry g = page_geometry(page);
  grid.type = page.grid_chars > 0 ? "linesAndChars" : "lines";
  // Without a line count, a character grid still needs a pitch: Word's
  // single line of the Normal size.
  grid.line_pitch =
      page.grid_lines > 0 ? g.text_height() / page.grid_lines : pt_to_twips(normal_size_pt * 1.3);
  if (page.grid_chars > 0) {
    double cell_pt = static_cast<double>(g.text_width()) / 20.0 / page.grid_chars;
    grid.char_space = static_cast<long>(std::floor((cell_pt - normal_size_pt) * 4096.0));
    grid.run_spacing = static_cast<long>(std::floor((cell_pt - normal_size_pt) * 20.0)) - 1;
  }
  return grid;
}

void append_section_properties(pugi::xml_node parent, const SectionSpec& spec) {
  const PageSetup& page = *spec.page;
  PageGeometry g = page_geometry(page);
  pugi::xml_node sect = parent.append_child("w:sectPr");
  for (bool header : {true, false}) {
    for (const HeaderFooterRef& ref : spec.refs) {
      if (ref.header == header) append_reference(sect, ref);
    }
  }
  if (spec.new_page) docx_xml::add_val(sect, "w:type", "nextPage");
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
  if (spec.title_page) sect.append_child("w:titlePg");
  append_doc_grid(sect, doc_grid(page, spec.normal_size_pt));
}

}  // namespace formwork
