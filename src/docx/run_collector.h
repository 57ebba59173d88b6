#pragma once
// Collects the runs of one w:p as the model's Runs: text and pictures in
// order, adjacent text of one style merged, split where a page break
// (w:br w:type="page") cuts the paragraph in two.
#include <string>
#include <string_view>
#include <vector>

#include "docx/drawing_reader.h"
#include "docx/reader_context.h"
#include "docx/text_properties.h"
#include "model/document.h"

namespace formwork {

/// A floating picture's run and the reference its offsets were read in,
/// converted to the model's pen-relative offsets once the paragraph's
/// indents and spacing are known (paragraph_reader.cpp).
struct FloatingPlacement {
  size_t run = 0;  ///< index into Segment::runs
  HorizontalFrom h_from = HorizontalFrom::Character;
  VerticalFrom v_from = VerticalFrom::Line;
  std::string h_align;
  std::string v_align;
  bool first_run = false;  ///< nothing printed precedes it in the paragraph
};

/// The runs of a paragraph between two page breaks.
struct Segment {
  std::vector<Run> runs;
  std::vector<FloatingPlacement> floating;
};

/// Builds the segments of one paragraph.
class RunCollector {
 public:
  RunCollector(ReaderContext& ctx, const PartContext& part) : ctx_(ctx), part_(part) {}

  /// Appends `text` (UTF-8; '\n' a line break) in resolved properties
  /// `props`: hidden text (w:vanish) is dropped; w:caps prints capitals;
  /// strike, raised and highlighted text are printed plainly and warned.
  /// Forbidden characters are removed and the text normalised to NFC when
  /// the segment is taken.
  void text(std::string_view text, const RunProps& props);

  /// Appends a picture run; its line has `props`' size.
  void picture(const DrawingPicture& drawing, const RunProps& props);

  /// Starts a new segment (a page break in the paragraph).
  void page_break();

  /// Whether a page break was met.
  bool broken() const { return segments_.size() > 1; }

  /// The segments, texts cleaned and normalised.
  std::vector<Segment> take();

 private:
  ReaderContext& ctx_;
  const PartContext& part_;
  std::vector<Segment> segments_{1};
  bool printed_ = false;  ///< something printable was appended
};

}  // namespace formwork
