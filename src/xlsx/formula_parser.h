#pragma once
// Parses the A1 formulas formwork writes into a tree (ECMA-376 Part 1
// §18.17.2 "Syntax"), so they can be evaluated in-process and compared with
// the values the template computed.
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "xlsx/formula_value.h"

namespace formwork {

/// A cell reference of A1 notation: 0-based row and column; `$` marks
/// are dropped (they do not change what a formula computes where it stands).
struct CellRef {
  int row = 0;
  int col = 0;
};

/// Binary operators of §18.17.2, by precedence (highest first):
/// ^; * /; + -; &; = <> < <= > >=.
enum class BinaryOp { Pow, Mul, Div, Add, Sub, Concat, Eq, Ne, Lt, Le, Gt, Ge };

/// One node of a parsed formula.
struct FormulaNode {
  enum class Kind {
    Number,     ///< `number`
    Text,       ///< `text` ("…" literal, quotes undone)
    Logical,    ///< `logical` (TRUE / FALSE)
    Error,      ///< `error` (#N/A …)
    Missing,    ///< an omitted function argument: IF(A1,,2)
    Reference,  ///< `sheet` (empty: the formula's own), `first`, `last`
    Array,      ///< array constant {1,2;3,4}: `rows` × `cols` items in `children`
    Negate,     ///< unary minus of children[0]
    Identity,   ///< unary plus of children[0]
    Percent,    ///< children[0] / 100 (postfix %)
    Binary,     ///< `op` over children[0], children[1]
    Call,       ///< function `text` (upper case, no _xlfn. prefix) over `children`
  };
  Kind kind = Kind::Missing;
  Decimal number;
  std::string text;
  bool logical = false;
  FormulaError error = FormulaError::Value;
  std::optional<std::string> sheet;
  CellRef first, last;
  int rows = 0, cols = 0;
  BinaryOp op = BinaryOp::Add;
  std::vector<FormulaNode> children;
  int height = 1;  ///< levels of the tree from here down (1 for a leaf)
};

/// A formula that does not follow the grammar; what() says what and where
/// ("')' expected for the '(' at character 4").
class FormulaSyntaxError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// The deepest nesting of parentheses, function calls and unary operators
/// accepted (Excel's limit on nested functions, Excel specifications and
/// limits); deeper formulas are refused rather than risking the stack.
inline constexpr int kMaxFormulaNesting = 64;
/// The deepest formula tree accepted (a chain 1+2+…+n is n levels deep),
/// so evaluating it cannot exhaust the stack either.
inline constexpr int kMaxFormulaHeight = 256;
/// Excel's limit on the length of a formula, in characters.
inline constexpr size_t kMaxFormulaLength = 8192;

/// Parses an A1 formula (with or without the leading '='):
///   numbers (1, 1.5, .5, 1E+3), "text" with "" for a quote, TRUE/FALSE,
///   error literals, references A1, $A$1, A1:B3, Sheet!A1, 'Quoted name'!A1
///   ('' for an apostrophe), function calls NAME(args) (an _xlfn./_xlws.
///   prefix is dropped, the name upper-cased), array constants {1,2;3,4},
///   unary - + and postfix %, and the binary operators of BinaryOp with
///   Excel's precedence and left associativity (-2^2 = 4). Spaces between
///   tokens are ignored. Names that are not functions (defined names),
///   whole-row/column references and the union/intersection operators are
///   refused. Throws FormulaSyntaxError naming the character position (in
///   code points, 1-based) for anything else, for unbalanced parentheses or
///   quotes, for nesting deeper than kMaxFormulaNesting, a tree higher than
///   kMaxFormulaHeight, or a formula longer than kMaxFormulaLength characters.
FormulaNode parse_formula(std::string_view a1);

/// The comparison operator (=, <>, <, <=, >, >=) `s` starts with and its
/// length in bytes, or nullopt.
std::optional<std::pair<BinaryOp, size_t>> leading_comparison(std::string_view s);

}  // namespace formwork
