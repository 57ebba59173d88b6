#pragma once
// Paragraphs (ECMA-376 Part 1 §17.3.1 w:p) read into the model's blocks:
// properties resolved through the style hierarchy (§17.7.2: document
// defaults, table style, numbering, paragraph style, direct formatting —
// a list set on the paragraph itself over its style), list labels
// prefixed, page breaks splitting the paragraph.
#include <pugixml.hpp>
#include <vector>

#include "docx/field_state.h"
#include "docx/reader_context.h"
#include "docx/style_sheet.h"
#include "docx/text_properties.h"
#include "model/document.h"

namespace formwork {

/// One w:p as blocks.
struct ReadParagraph {
  /// Paragraphs and PageBreaks: a PageBreak first for w:pageBreakBefore,
  /// and one for each w:br w:type="page", the text on either side in
  /// paragraphs of the same properties (empty pieces left out).
  std::vector<Block> blocks;
  ParaProps props;         ///< the resolved properties (tab stops for headers)
  pugi::xml_node section;  ///< the w:sectPr in its w:pPr: it ends a section
  /// Prints nothing: no text, picture or rule, no page break; its one
  /// Paragraph holds an empty run in the paragraph mark's style.
  bool blank = false;
  double mark_size_pt = 10;              ///< the paragraph mark's size
  const ResolvedStyle* style = nullptr;  ///< its paragraph style (w:pStyle, else the default)
};

/// w:contextualSpacing (§17.3.1.9) between two consecutive paragraphs of
/// one container: when `prev` and `next` have the same paragraph style,
/// the one that sets it loses its spacing towards the other — `prev_para`
/// (the last paragraph of `prev`, already placed) its space after, the
/// first paragraph of `next` its space before (Word's list paragraphs).
void join_contextual(Paragraph& prev_para, const ReadParagraph& prev, ReadParagraph& next);

/// A rule paragraph (`next`'s first block) read after the text paragraph
/// `prev`: Word and LibreOffice set text at the bottom of an exact line,
/// the PDF layout centres it, so the rule's space before loses the half
/// leading the layout puts under `prev`'s text ((line_spacing − 1) × size
/// / 2 pt, never below 0): the rule stays as far below the text as Word
/// drew it. The DOCX writer adds the same (ParagraphContext::rule_text_gap).
void settle_rule_below_text(const Paragraph& prev, ReadParagraph& next);

/// Places read paragraphs one after another in a container's blocks,
/// applying w:contextualSpacing between neighbours (join_contextual) and
/// settle_rule_below_text.
class PreviousParagraph {
 public:
  /// Appends `p`'s blocks to `blocks` (joined to the paragraph placed
  /// before it, if it was the last block).
  void place(ReadParagraph& p, std::vector<Block>& blocks);
  /// A table or other block came between: the next paragraph joins nothing.
  void forget() { index_ = kNone; }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);
  ReadParagraph last_;  ///< the last paragraph placed, without its blocks
  size_t index_ = kNone;
};

/// Reads the paragraphs of one part in document order (fields may span
/// paragraphs, and list counters run across the document).
class ParagraphReader {
 public:
  ParagraphReader(ReaderContext& ctx, const PartContext& part) : ctx_(ctx), part_(part) {}

  /// Reads `p`. `table_style` is the style of the table the paragraph is
  /// in (its w:pPr and w:rPr lie between the document defaults and the
  /// paragraph style), or null. Sets the model paragraph's role: Title for
  /// the Title style, Heading for w:outlineLvl 0–8 (level + 1, at most 4)
  /// or a "heading N" style; a text-less paragraph with a top or bottom
  /// border (w:pBdr) becomes a HorizontalRule whose space before includes
  /// the paragraph's empty line. Floating pictures get the model's
  /// pen-relative offsets (from the column: less the paragraph's indent;
  /// from the paragraph: less its space before; page-relative vertical
  /// offsets are warned and taken from the paragraph).
  ReadParagraph read(const pugi::xml_node& p, const ResolvedStyle* table_style = nullptr);

 private:
  ReaderContext& ctx_;
  const PartContext& part_;
  FieldState fields_;
};

}  // namespace formwork
