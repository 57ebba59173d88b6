#pragma once
// The main document's body (ECMA-376 Part 1 §17.2.2 w:body) read section
// by section (§17.6) into Document::page and Document::blocks.
#include <pugixml.hpp>

#include "docx/header_footer_reader.h"
#include "docx/reader_context.h"
#include "model/document.h"

namespace formwork {

/// Reads the body of the main document part.
class BodyReader {
 public:
  /// `even_and_odd` is settings.xml w:evenAndOddHeaders (§17.10.1).
  BodyReader(ReaderContext& ctx, const PartContext& part, HeaderFooterReader& margins,
             bool even_and_odd)
      : ctx_(ctx), part_(part), margins_(margins), even_and_odd_(even_and_odd) {}

  /// Fills doc.page (the first section) and doc.blocks:
  /// - paragraphs and tables of each section in order (content controls and
  ///   custom XML read through), a SectionBreak with the section's page
  ///   before each later section; a continuous section with the same page
  ///   setup joins the one before it (another page setup: a new page,
  ///   warned);
  /// - left out, as printing nothing a reader would miss: the empty
  ///   paragraph holding a section's w:sectPr, empty paragraphs of 1.5 pt
  ///   or less (DOCX writers' spacers), the empty paragraph Word requires
  ///   after a table that ends a section, and page breaks at a section's
  ///   start or end (the section break starts a page already);
  /// - each section's header and footer line (inherited from the section
  ///   before when it names none), its distance from the text block
  ///   (w:pgMar header/footer), w:titlePg with an empty first-page part →
  ///   skip_first_page on the first section, even-page parts of the same
  ///   text right/left → Outside; other differing parts warned;
  /// - the document grid only when most of the section's text follows it
  ///   in Word (automatic or at-least line spacing with w:snapToGrid on, or
  ///   exact spacing in whole grid lines): the model's grid applies to
  ///   every line, and Word ignores it for exact spacing.
  void read(const pugi::xml_node& body, Document& doc);

 private:
  ReaderContext& ctx_;
  const PartContext& part_;
  HeaderFooterReader& margins_;
  bool even_and_odd_;
};

}  // namespace formwork
