#pragma once
// The syntax tree of a parsed expression and the evaluator walking it.
// Private to src/expr.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "expr/expression.h"
#include "model/value.h"
#include "util/errors.h"

namespace formwork {

namespace expr {
class Evaluator;
}

class ExprNode;
using NodePtr = std::shared_ptr<const ExprNode>;
/// A built-in function or filter. It receives its call node unevaluated so
/// that `if` and `default` can control evaluation of their operands.
using BuiltinFn = Value (*)(const expr::Evaluator& ev, const ExprNode& call);

/// One node of the syntax tree. Offsets are bytes into the expression
/// source; `offset` is where errors about this node point.
class ExprNode {
 public:
  enum class Kind {
    Literal,  // `literal`
    List,     // [kids...]
    Name,     // `text` looked up in the scope
    Member,   // kids[0].text (maps over arrays)
    Index,    // kids[0][kids[1]]
    Call,     // text(kids...), `fn` resolved at parse time
    Neg,      // -kids[0]
    Not,      // not kids[0]
    Arith,    // kids[0] text kids[1], text one of + - * /
    Compare,  // kids[0] text kids[1], text one of == != < <= > >=
    And,
    Or,
    Filter,  // kids[0] | text(kids[1...]), `fn` resolved at parse time
    // [kids[0] for text in kids[1] (if kids[2])?]: kids[0] (and the
    // condition) evaluated once per item with `text` bound in a child scope
    Comprehension,
  };
  Kind kind = Kind::Literal;
  size_t offset = 0;
  size_t begin = 0, end = 0;  // the node's source text, for messages
  std::string text;
  Value literal;
  std::vector<NodePtr> kids;
  BuiltinFn fn = nullptr;
  int height = 1;  ///< levels of the subtree rooted here (a leaf is 1)
};

namespace expr {

/// Raised for an unknown name, an absent member or an index out of range:
/// the failures a `default(...)` filter replaces with its fallback.
class MissingValueError : public TemplateError {
 public:
  using TemplateError::TemplateError;
};

/// Evaluates nodes against a scope, turning problems into TemplateError at
/// the template position of the offending node.
class Evaluator {
 public:
  Evaluator(const Scope& scope, std::string_view source, const SourceLoc& loc)
      : scope_(scope), source_(source), loc_(loc) {}

  Value eval(const ExprNode& n) const;
  /// Throws TemplateError(message) located at `n`.
  [[noreturn]] void fail(const ExprNode& n, const std::string& message) const;
  /// Throws MissingValueError(message) located at `n`.
  [[noreturn]] void missing(const ExprNode& n, const std::string& message) const;
  /// The source text of `n` ("费用.金额"), for messages.
  std::string_view text_of(const ExprNode& n) const;
  /// The form's locale, for the formatting filters.
  FormLocale locale() const { return scope_.locale(); }

 private:
  Value eval_member(const ExprNode& n, const Value& base) const;
  Value eval_index(const ExprNode& n) const;
  Value eval_arith(const ExprNode& n) const;
  Value eval_compare(const ExprNode& n) const;
  Value eval_comprehension(const ExprNode& n) const;
  Value make_list(const ExprNode& n, Array items) const;

  const Scope& scope_;
  std::string_view source_;
  const SourceLoc& loc_;
};

/// The template position of byte `offset` of `text`, which starts at
/// `base`: columns advance by code points, a newline starts a new line.
/// An unknown line or column (0) stays unknown.
SourceLoc shift_loc(const SourceLoc& base, std::string_view text, size_t offset);

/// A built-in function or filter and how many arguments it accepts
/// (for filters, not counting the piped input); max_args < 0: unlimited.
struct Builtin {
  std::string_view name;
  int min_args;
  int max_args;
  BuiltinFn fn;
};

/// The function called `name`, or nullptr (tables in functions.cpp,
/// list_functions.cpp and number_functions.cpp).
const Builtin* find_function(std::string_view name);
/// The filter called `name`, or nullptr (see template_filters.cpp).
const Builtin* find_filter(std::string_view name);

/// Parses an expression source into a tree. Throws SyntaxError, also when
/// the expression nests deeper than kMaxExpressionDepth.
NodePtr parse_tree(std::string_view source);

}  // namespace expr
}  // namespace formwork
