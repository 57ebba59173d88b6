#pragma once
// Filling one part of a DOCX template for one record: the ranges made by
// build_ranges expanded and every tag replaced by its value.
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "docx/picture_fill.h"
#include "ooxml/template_tag.h"
#include "expr/expression.h"
#include "picture/picture_files.h"

namespace formwork {

/// What filling a part needs besides the record.
struct PartFillContext {
  const std::string& part;         ///< its entry name, for relationships
  const std::vector<Tag>& tags;    ///< indexed by the marks' fw-tag
  const PictureFiles* pictures;    ///< resolves {{%image}} names from data; may be null
  FillMedia& media;                ///< pictures added to the package
  long max_picture_width_emu = 0;  ///< ≤ 0: no limit
};

/// Fills `doc`, a copy of a part made by build_ranges, for `scope`:
/// - kEach: the wrapped elements copied once per item of the list (nothing
///   for an empty list), each copy filled in a scope where the item's
///   members are names (Scope(item, &outer)), `this` is the item, `index`
///   its 1-based number and the `as` name, if given, the item;
/// - kIf: the elements before {{else}} kept when the condition is truthy
///   (Value::truthy), those after it otherwise;
/// - text tags: the value's text (Value::to_text, or the filters' result)
///   in the tag's w:t: line feeds (CR LF, CR, LF) become w:br (§17.3.3.1),
///   tabs w:tab (§17.3.3.32), characters XML 1.0 forbids
///   (util/forbidden_chars.h) are dropped, the text is NFC-normalised, and
///   it is set as text (never parsed: data never becomes markup);
/// - {{%image}} and {{%qrcode}}: an inline drawing in the tag's run, or
///   nothing for an empty or null value. Size: width and height as given;
///   one given, the other from the pixels' aspect ratio; neither, the
///   pixels at 96 dpi; never wider than max_picture_width_emu.
/// Then the tables whose rows were repeated or dropped are repaired
/// (finish_row_tables), the story (w:body, w:hdr, w:ftr) keeps at least
/// one paragraph, and wp:docPr ids are made unique.
/// Throws TemplateError naming part, paragraph and tag for evaluation
/// errors (e.g. "word/document.xml paragraph 7: {{#each 行程}}: each:
/// '行程' is a string, expected a list"); DataError for a picture name or
/// QR value from data that cannot be used; DataError from the expression
/// module passes through.
void fill_part(pugi::xml_document& doc, const PartFillContext& context, const Scope& scope);

}  // namespace formwork
