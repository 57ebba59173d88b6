#pragma once
// The page-number pattern of headers and footers (MarginText::pattern):
// literal text with the fields {page} and {pages}. One parser serves every
// writer, so they agree on the syntax: layout substitutes numbers, DOCX
// writes PAGE / NUMPAGES fields, XLSX writes &P / &N codes.
#include <string>
#include <string_view>
#include <vector>

namespace formwork {

struct PagePatternPart {
  enum class Kind { Text, Page, Pages };
  Kind kind = Kind::Text;
  std::string text;  ///< for Kind::Text: the literal text, never empty
};

/// Splits `pattern` into literal text and fields: "— {page} —" gives
/// Text "— ", Page, Text " —". A '{' that starts neither field is literal.
std::vector<PagePatternPart> split_page_pattern(std::string_view pattern);

}  // namespace formwork
