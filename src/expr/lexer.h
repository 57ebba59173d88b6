#pragma once
// Tokens of the expression language (grammar in expression.h). Private to
// src/expr.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "util/decimal.h"

namespace formwork::expr {

/// A lexing or parsing problem at byte `offset` of the expression source.
struct SyntaxError {
  std::string message;
  size_t offset;
};

enum class Tok {
  Number,  // 12, 265675.22, 1.5e3 (JSON number text, kept exact)
  String,  // "..." or '...'; `text` holds the unescaped value
  Name,    // field names, keywords and function/filter names
  Op,      // + - * / × ÷ == != < <= > >= ( ) [ ] , . |  (`text` is the spelling)
  End,
};

/// One token; [offset, end) are its bytes in the expression source.
struct Token {
  Tok kind = Tok::End;
  std::string text;
  Decimal number;
  size_t offset = 0;
  size_t end = 0;
};

/// Splits `source` into tokens ending with Tok::End. Throws SyntaxError (not a
/// TemplateError: the caller adds the template position) on a bad
/// character, an unclosed string, an unknown escape or malformed number.
std::vector<Token> tokenize(std::string_view source);

}  // namespace formwork::expr
