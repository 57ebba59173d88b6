#pragma once
// Page geometry and section properties (ECMA-376 Part 1 §17.6: w:sectPr,
// w:pgSz, w:pgMar, w:docGrid, w:titlePg, header/footer references).
#include <pugixml.hpp>
#include <string>
#include <vector>

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
  long header = 0;  ///< page top to the top of the header's line box
  long footer = 0;  ///< page bottom to the bottom of the footer's line box

  /// The width between the left and right margins (版心 width), in twips.
  long text_width() const { return width - left - right; }
  /// The height between the top and bottom margins (版心 height), in twips.
  long text_height() const { return height - top - bottom; }
};

/// Twips for `page`. Header and footer lines are one line box exactly
/// their size_pt high (header_footer_xml.h), so the distances put their em
/// box where the PDF does: distance_mm from the text block's edge (GB/T
/// 9704 §7.5: page number 7 mm below the 版心), or centred in the margin
/// when distance_mm is negative. Without a header (footer) the distance is
/// half the margin (a centred 14 pt line), as Word users expect.
PageGeometry page_geometry(const PageSetup& page);

/// The document grid of a section (§17.6.5) in Word's units.
struct SectionGrid {
  const char* type = nullptr;  ///< "lines", "linesAndChars", or null: no grid
  long line_pitch = 0;         ///< twips per grid line; 0 with no line grid
  long char_space = 0;         ///< (cell width − Normal size in pt) × 4096
  /// Character spacing (w:spacing in a run's w:rPr, twips) that puts text
  /// of the Normal size on the character grid without Word's grid, one
  /// twip tighter than the cell so rounding never loses a character.
  long run_spacing = 0;
};

/// The grid for `page`: linePitch = text height / grid_lines in whole
/// twips, rounded down so grid_lines lines fit; with grid_chars, charSpace
/// = (text width in pt / grid_chars − `normal_size_pt`) × 4096 rounded
/// down (§17.6.5: the delta between the grid pitch and the Normal style's
/// character pitch, in 1/4096 pt), so grid_chars characters of the Normal
/// size fit on a line. GB/T 9704 (版心 156 × 225 mm, 22 × 28, 三号):
/// linePitch 579, charSpace −842, run_spacing −6 (−0.3 pt).
///
/// Why run_spacing: LibreOffice 7.4 lays characters on the grid in whole
/// cells, so a 16 pt character on a 15.79 pt cell takes two cells (14 per
/// line). Paragraphs therefore leave the grid (w:snapToGrid w:val="0") and
/// their Normal-size runs carry run_spacing instead, which Word and
/// LibreOffice both honour: 28 characters per line in either.
SectionGrid doc_grid(const PageSetup& page, double normal_size_pt);

/// One w:headerReference / w:footerReference (§17.10.5, §17.10.2).
struct HeaderFooterRef {
  bool header = false;
  const char* type = "default";  ///< "default", "even" or "first"
  std::string rel_id;
};

/// What one section's w:sectPr says.
struct SectionSpec {
  const PageSetup* page = nullptr;
  std::vector<HeaderFooterRef> refs;
  bool new_page = false;    ///< w:type nextPage: not the first section
  bool title_page = false;  ///< w:titlePg: a different first page
  double normal_size_pt = 12;
};

/// Appends a w:sectPr for `spec` to `parent` (the body for the last
/// section, else the w:pPr of the section's last paragraph), children in
/// schema order: references (headers, then footers), w:type, w:pgSz
/// (w:orient="landscape" when page.landscape; width/height are taken as
/// given, already swapped), w:pgMar, w:cols, w:titlePg, w:docGrid.
/// Numbering is never restarted (no w:pgNumType), so page numbers run on
/// across sections.
void append_section_properties(pugi::xml_node parent, const SectionSpec& spec);

}  // namespace formwork
