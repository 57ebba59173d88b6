#pragma once
// DOCX templates authored in Word, WPS or LibreOffice (docs/office-templates.md):
// tags in the document's own text, filled per record into a copy of the
// package, so everything the author made (styles, numbering, headers and
// footers, sections, tables, borders, shading) survives.
#include <memory>
#include <string>

#include "model/value.h"
#include "picture/picture_files.h"

namespace formwork {

struct DocxTemplateParts;  // the parsed parts and their tags (docx_template.cpp)

/// A .docx file used as a template. Tags use the expression language of
/// the XML templates (docs/templates.md "Expressions"):
///   {{expr | filter}}            text (data never becomes markup)
///   {{#each list}} … {{/each}}   repeats the paragraphs between the tags,
///                                or, when the opening tag is in a table
///                                row, the rows from that one to the row of
///                                the closing tag; inside, the item's fields
///                                are names (Handlebars), `this` is the item
///                                and `index` its 1-based number
///   {{#if cond}} … {{else}} … {{/if}}   the same ranges, kept or dropped
///   {{%image expr [width=mm] [height=mm]}}, {{%qrcode expr [size=mm]}}
/// A tag may be split over several w:r runs with different formatting (as
/// Word's spell-check and revision ids split typed text); the tag's text
/// then takes the formatting of the run it starts in. Parts filled:
/// word/document.xml, every word/header*.xml and word/footer*.xml.
/// Thread-safe: fill() may run on many records at once.
class DocxTemplate {
 public:
  /// Reads the package at `path` and parses every tag of every part now, so
  /// a defective template fails before any data is read. `pictures` (owned
  /// by the caller, outliving the template) resolves {{%image}} names.
  /// Throws IoError (unreadable, not a ZIP, no word/document.xml) or
  /// TemplateError naming the part, the paragraph (1-based, in document
  /// order) and the tag text, e.g. "word/document.xml paragraph 12:
  /// {{#each 行程}} has no {{/each}}".
  static DocxTemplate load(const std::string& path, const PictureFiles* pictures);

  /// The filled package (the bytes of a .docx) for one record: tags
  /// replaced, ranges repeated or dropped, pictures added under word/media/.
  /// Parts without tags are copied unchanged; zip entries carry a fixed
  /// time, so equal input gives equal bytes. Throws TemplateError (with
  /// part, paragraph and tag) and DataError as Template::render does.
  std::string fill(const Value& record) const;

 private:
  std::shared_ptr<const DocxTemplateParts> parts_;
};

}  // namespace formwork
