#pragma once
// What the WordprocessingML builders need besides the model element they
// write: the document's font names, where the element sits (its width,
// the section's document grid) and where its pictures' images go.
#include "docx/deferred_runs.h"
#include "docx/font_names.h"
#include "docx/media_parts.h"

namespace formwork {

/// Where a paragraph sits. Lengths in twips (1/20 pt).
struct ParagraphContext {
  const DocxFonts* fonts = nullptr;  ///< never null when used
  /// Width between the container's edges: the section's text width (版心),
  /// or a cell's width less its padding. Rules of a given length are
  /// placed within it.
  long available_width = 0;
  /// Height of the section's text block (版心): no picture is drawn taller
  /// than its line can be on a page. 0 = no limit.
  long available_height = 0;
  /// Line pitch of the section's line grid (w:docGrid w:linePitch) when
  /// this paragraph's lines snap to it: each line takes a whole number of
  /// pitches. 0 = no grid: a line is line_spacing × the largest run size.
  long line_pitch = 0;
  /// The section has a document grid. Paragraphs then say w:snapToGrid
  /// w:val="0" (§17.3.1.32): their lines are exact whole pitches already,
  /// and characters reach the grid through `run_spacing`.
  bool section_grid = false;
  /// Character spacing in twips (w:spacing, §17.3.2.35) for runs of
  /// `grid_size_pt` (the Normal size the character grid is made for), so
  /// they sit on the grid's cells (section_xml.h SectionGrid::run_spacing);
  /// 0 = none (no character grid, table cells, headers and footers).
  long run_spacing = 0;
  double grid_size_pt = 0;
  /// Where long run texts wait for serialisation (DeferredRuns); null:
  /// every run is built in the tree.
  DeferredRuns* deferred = nullptr;
  /// Where pictures keep their image parts and drawing ids (DocxMedia);
  /// null: pictures are left out.
  DocxMedia* media = nullptr;
  /// The paragraph is in a table row kept with the next (Row::keep_with_next):
  /// it gets w:keepNext, which is how Word keeps table rows together.
  bool row_keep_next = false;
  /// For a rule paragraph (Paragraph::rule): twips between the previous
  /// paragraph's last em box and its line's bottom in the PDF layout, which
  /// centres the em box in an exact line. Word and LibreOffice put the text
  /// at the bottom of an exact line instead, so the rule's space before
  /// grows by this much to stand as far below the text as in the PDF (the
  /// red separator 4 mm below the 发文字号, GB/T 9704-2012 §7.2.4).
  long rule_text_gap = 0;
};

}  // namespace formwork
