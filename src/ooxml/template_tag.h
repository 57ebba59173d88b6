#pragma once
// One tag of a DOCX template (docx_template.h): what it is, where it is and
// its expression parsed, so syntax errors surface when the template loads.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "expr/expression.h"
#include "model/picture.h"
#include "picture/picture_files.h"
#include "util/errors.h"

namespace formwork {

/// Where a tag stands, for messages: "word/document.xml paragraph 12:
/// {{#each 行程}}" in a DOCX template, "Sheet1!B5: {{#each 行程}}" in an
/// XLSX template (xlsx/xlsx_template.h).
struct TagSite {
  std::string file;   ///< the template's path as given to load(): TemplateError's loc.file
  std::string part;   ///< ZIP entry name of the part, "word/header1.xml"
  int paragraph = 0;  ///< 1-based: the part's w:p elements in document order
  std::string text;   ///< the tag as written, "{{#each 行程}}" (runs joined)
  /// XLSX only: the cell, "Sheet1!B5" (or "Sheet1 oddHeader" for a header
  /// of the sheet); when set, messages name it instead of part and paragraph.
  std::string cell = {};
};

/// "word/document.xml paragraph 12: {{#each 行程}}", or "Sheet1!B5:
/// {{#each 行程}}" when `site.cell` is set (a tag longer than 80 characters
/// shortened with "…").
std::string describe(const TagSite& site);

/// TemplateError("<describe(site)><detail>", {site.file}): `detail` starts
/// with its own separator, " has no {{/each}}" or ": unknown name 'x'".
[[noreturn]] void fail_at(const TagSite& site, const std::string& detail);

/// Runs `f` (an evaluation for the tag at `site`): DataError passes
/// through, any other error becomes TemplateError "<describe(site)>:
/// <message>" (fail_at).
template <class F>
auto at_tag(const TagSite& site, F&& f) -> decltype(f()) {
  try {
    return std::forward<F>(f)();
  } catch (const DataError&) {
    throw;
  } catch (const TemplateError& e) {
    fail_at(site, ": " + e.message);
  } catch (const std::exception& e) {
    fail_at(site, std::string(": ") + e.what());
  }
}

enum class TagKind {
  Text,     ///< {{expr | filter}}
  Each,     ///< {{#each list}} or {{#each list as name}}
  If,       ///< {{#if cond}}
  Else,     ///< {{else}}
  EndEach,  ///< {{/each}}
  EndIf,    ///< {{/if}}
  Image,    ///< {{%image expr [width=mm] [height=mm]}}
  QrCode,   ///< {{%qrcode expr [size=mm] [level=L|M|Q|H]}}
};

/// True for the tags that open, divide or close a range.
bool is_block(TagKind kind);

/// A parsed tag. Lengths in mm, 0 = not given.
struct Tag {
  TagKind kind = TagKind::Text;
  TagSite site;
  std::optional<TextTemplate> text;  ///< Text: the whole tag as a TextTemplate
  std::optional<Expression> expr;    ///< Each: the list; If: the test; pictures: the value
  std::string as_name;               ///< Each: the `as` name, "" when none
  double width_mm = 0;               ///< Image width=, QrCode size=
  double height_mm = 0;              ///< Image height=, QrCode size=
  char level = 'M';                  ///< QrCode level=
  /// Image whose expression is a string literal: read when the template
  /// loads, so a missing file fails before any data.
  std::shared_ptr<const Picture> fixed;
};

/// Parses tag `site.text` ("{{…}}"). Keywords: "#each", "#if", "else",
/// "/each", "/if", "%image", "%qrcode"; anything else is a text
/// expression. Typographic quotes (“ ” ‘ ’, which Word's AutoCorrect puts
/// in place of typed straight quotes) are read as straight quotes when the
/// tag does not parse as written. `pictures` resolves a literal image name
/// (may be null when no image tag names a file). Throws TemplateError
/// (fail_at): unknown block keyword, missing expression, syntax error,
/// bad picture option, unreadable literal image file.
Tag parse_tag(TagSite site, const PictureFiles* pictures);

/// Binds the names an item of {{#each}} brings into `inner` (a Scope whose
/// record is the item, so its fields are names, as in Handlebars): `this`
/// the item, `index` its 1-based number, and the tag's `as` name, if any,
/// the item. Shared by the DOCX and XLSX template fillers.
void bind_each_item(Scope& inner, const Tag& each, const Value& item, long long index);

}  // namespace formwork
