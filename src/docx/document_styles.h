#pragma once
// The run formatting of the paragraph styles a document's styles.xml
// defines, taken from the document itself so that a Word user who types a
// new body paragraph or heading gets what the template made.
#include <array>

#include "model/document.h"

namespace formwork {

/// Character formatting of the Normal, Title and Heading1..4 styles.
struct DocumentStyles {
  TextStyle normal;                  ///< the body text's role and size
  TextStyle title;                   ///< the first title's first run
  std::array<TextStyle, 4> heading;  ///< per level, the first heading's first run
};

/// Normal: the (font role, size) carrying the most text in the
/// document's top-level Body paragraphs (ties: the first seen); the
/// default TextStyle (宋体 12 pt) when there are none. Title and headings:
/// the first run of the first such paragraph, else GB/T 9704's (Title 二号
/// 小标宋 22 pt; 一级 黑体, 二级 楷体, 三级/四级 仿宋, all 三号 16 pt). Colour,
/// underline and italic are not carried into styles.
DocumentStyles derive_document_styles(const Document& doc);

}  // namespace formwork
