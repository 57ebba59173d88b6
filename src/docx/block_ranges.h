#pragma once
// The ranges of {{#each}} and {{#if}} in one part of a DOCX template: block
// tags matched, their elements found and wrapped in private marks
// (template_marks.h) that fill() expands per record (tag_fill.h).
#include <pugixml.hpp>
#include <vector>

#include "ooxml/template_tag.h"

namespace formwork {

/// A tag in the part's XML after scan_paragraph.
struct PlacedTag {
  std::size_t index = 0;     ///< into the part's tag list
  pugi::xml_node t;          ///< the w:t holding the tag's text alone
  pugi::xml_node p;          ///< its paragraph
  bool in_text_box = false;  ///< inside w:txbxContent (§17.17.1.1)
};

/// Matches the block tags of `placed` (all tags of a part in document
/// order; `tags` indexed by PlacedTag::index) and rewrites `story` (w:body,
/// w:hdr or w:ftr) for fill():
///
/// - Range: when the opening tag's paragraph is in a table row (§17.4.79
///   w:tr, the innermost one), the rows from that row to the row holding
///   the closing tag, which must be a row of the same table; otherwise the
///   elements of `story` (paragraphs, tables, block content controls) from
///   the one holding the opening tag to the one holding the closing tag.
///   Nested ranges lie within one element or one branch of the outer.
/// - {{else}} divides an {{#if}} range: its paragraph (or row) lies
///   strictly between those of {{#if}} and {{/if}}, holds no other text and
///   is dropped; the elements before it are kept when the condition holds,
///   those after it otherwise.
/// - The range's elements move into a kEach or kIf wrapper (kThen/kElse
///   inside kIf) carrying the opening tag's index.
/// - Block tags leave their paragraph's text. A paragraph left blank
///   (white space, bookmarks and proofing marks only) is removed, unless
///   it carries a section break (w:pPr/w:sectPr, §17.6.17) or is needed
///   to end its table cell (a w:tc must end with a w:p, §17.4.66).
///
/// Throws TemplateError naming part, paragraph and tag: an opening tag
/// without its closing tag, a closing tag without (or not matching) its
/// opening tag, {{else}} outside {{#if}} or given twice or sharing a
/// paragraph (row) with other text, a range of rows that leaves its table
/// or mixes rows and paragraphs, block tags in text boxes.
void build_ranges(pugi::xml_node story, const std::vector<Tag>& tags,
                  const std::vector<PlacedTag>& placed);

}  // namespace formwork
