#pragma once
// Inline content of a paragraph after loading: a flat list of styled text
// pieces and line breaks (private to the template module).
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "expr/expression.h"
#include "model/document.h"
#include "template/picture_spec.h"
#include "template/source_map.h"

namespace formwork {

/// Literal text, or one `{{ expression }}` placeholder parsed with its
/// exact source position.
struct TextPiece {
  std::string literal;
  std::optional<TextTemplate> placeholder;
};

/// One leaf of inline markup with the style resolved from its enclosing
/// <b>/<i>/<u>/<span> elements and the paragraph: text pieces, a line break
/// (<br/>) or a picture (<image>, <qrcode>).
struct InlineLeaf {
  TextStyle style;
  bool is_break = false;
  std::vector<TextPiece> pieces;
  std::shared_ptr<const PictureSpec> picture = nullptr;
};

using Inlines = std::vector<InlineLeaf>;

/// Collapses XML source whitespace (space, tab, CR, LF) in literal text: a
/// run containing a line end is removed entirely (so Chinese text broken
/// across source lines gets no spurious space), any other run becomes one
/// space. U+3000 and other non-XML blanks are kept.
std::string collapse_whitespace(std::string_view text);

/// Splits text from the template into literal pieces (whitespace collapsed
/// when `collapse`) and placeholders. `source_offset` is the byte offset of
/// the text in the file, used to place each "{{" exactly. Throws
/// TemplateError for an unclosed "{{" or a placeholder that does not parse.
std::vector<TextPiece> split_text(std::string_view text, std::size_t source_offset,
                                  const SourceMap& source, bool collapse);

/// Trims blanks at paragraph and line (<br/>) edges and doubled blanks at
/// element boundaries ("a </b> <i>b"), then drops empty leaves. Only literal
/// template text is trimmed; values from data are never touched.
void trim_inlines(Inlines& leaves);

}  // namespace formwork
