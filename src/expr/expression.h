#pragma once
// The template expression language (grammar, functions and filters:
// docs/templates.md, section Expressions).
//   expression := or ( '|' filter )*
//   filter     := NAME ( '(' args ')' )?
//   or := and ('or' and)* ; and := not ('and' not)* ; not := 'not' not | cmp
//   cmp := add (('=='|'!='|'<'|'<='|'>'|'>=') add)?
//   add := mul (('+'|'-') mul)* ; mul := unary (('*'|'×'|'/'|'÷') unary)*
//   unary := '-' unary | postfix ; postfix := primary ('.' NAME | '[' expr ']' | '(' args ')')*
//   primary := NUMBER | STRING | true | false | null | NAME | '(' expression ')' | '[' list ']'
//   list := ( expression ( ',' expression )* ','? )?
//         | expression 'for' NAME 'in' expression ( 'if' expression )?   (comprehension)
// NAME may hold any non-ASCII letters (Chinese field names) plus [A-Za-z0-9_].
// Member access on an array maps over its elements (费用.金额 is the list
// of amounts), so sum(费用.金额) totals a column.
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "model/form_locale.h"
#include "model/value.h"
#include "util/errors.h"

namespace formwork {

/// Variables visible to an expression: a chain of frames, innermost first.
/// The outermost frame is the record itself (its members are names).
class Scope {
 public:
  explicit Scope(const Value& record, const Scope* parent = nullptr);
  /// Binds a name in this frame (e.g. the loop variable of `each`).
  void bind(std::string name, Value v);
  /// Looks a name up here, then in the record, then in parents; nullptr if absent.
  const Value* lookup(std::string_view name) const;
  /// Sets the form's locale (the record's frame sets it; inner frames see it).
  void set_locale(FormLocale locale) { locale_ = locale; }
  /// The nearest frame's locale; zh-CN when none was set.
  FormLocale locale() const;

 private:
  const Value* record_;
  const Scope* parent_;
  std::optional<FormLocale> locale_;
  std::map<std::string, Value, std::less<>> vars_;
};

class ExprNode;

/// Deepest nesting an expression may have: levels of brackets, parentheses,
/// '-' and 'not', and the height of its syntax tree, where each operator,
/// member access, index, call and filter of a chain adds a level
/// (`a + b + c` is 3 deep). The shipped templates nest at most 8 brackets
/// and chain at most 11 operators; parsing, evaluation and destruction
/// recurse once per level, so the limit keeps them far from the stack's end.
inline constexpr int kMaxExpressionDepth = 256;

/// A parsed expression. Parse errors and evaluation errors throw
/// TemplateError carrying `loc` (the template position of the expression),
/// e.g. "unknown name '负责人'", "division by zero",
/// "cannot add string and number".
class Expression {
 public:
  /// Parses `source`. Throws TemplateError with the column of the problem,
  /// also for nesting deeper than kMaxExpressionDepth.
  static Expression parse(std::string_view source, SourceLoc loc);
  /// Evaluates against `scope`. An unknown name or member is an error unless
  /// a `default(...)` filter follows it.
  Value eval(const Scope& scope) const;
  /// When the top-level expression is a comparison, evaluates both sides
  /// (for check messages naming both values); otherwise returns false.
  bool eval_comparison_sides(const Scope& scope, Value& left, Value& right) const;
  const std::string& source() const { return source_; }

 private:
  std::string source_;
  SourceLoc loc_;
  std::shared_ptr<const ExprNode> root_;
};

/// A template string with `{{ expression }}` placeholders, e.g.
/// "{{编号}}-验收表". Literal text outside placeholders is kept as is.
class TextTemplate {
 public:
  static TextTemplate parse(std::string_view text, SourceLoc loc);
  /// Concatenates literal parts and each placeholder's value printed with
  /// Value::to_text (or the result of its filters).
  std::string render(const Scope& scope) const;
  /// When the text is exactly one placeholder, its value unconverted
  /// (numbers stay numbers); otherwise the rendered string.
  Value render_value(const Scope& scope) const;
  bool has_placeholders() const;

 private:
  struct Part {
    std::string literal;
    std::shared_ptr<Expression> expr;
  };
  std::vector<Part> parts_;
};

}  // namespace formwork
