// Scope, Expression and TextTemplate (expression.h) on top of the parser
// and evaluator.
#include "expr/expression.h"

#include <unicode/utf8.h>

#include "expr/expr_node.h"
#include "expr/lexer.h"

namespace formwork {

namespace expr {

SourceLoc shift_loc(const SourceLoc& base, std::string_view text, size_t offset) {
  SourceLoc loc = base;
  const auto n = static_cast<int32_t>(std::min(offset, text.size()));
  for (int32_t i = 0; i < n;) {
    if (text[static_cast<size_t>(i)] == '\n') {
      if (loc.line > 0) ++loc.line;
      loc.column = loc.line > 0 ? 1 : loc.column;
      ++i;
      continue;
    }
    U8_FWD_1(text.data(), i, n);
    if (loc.column > 0) ++loc.column;
  }
  return loc;
}

}  // namespace expr

Scope::Scope(const Value& record, const Scope* parent) : record_(&record), parent_(parent) {}

void Scope::bind(std::string name, Value v) {
  vars_.insert_or_assign(std::move(name), std::move(v));
}

const Value* Scope::lookup(std::string_view name) const {
  for (const Scope* s = this; s != nullptr; s = s->parent_) {
    auto it = s->vars_.find(name);
    if (it != s->vars_.end()) return &it->second;
    if (const Value* v = s->record_->find(name)) return v;
  }
  return nullptr;
}

FormLocale Scope::locale() const {
  for (const Scope* s = this; s != nullptr; s = s->parent_) {
    if (s->locale_) return *s->locale_;
  }
  return FormLocale::ZhCN;
}

Expression Expression::parse(std::string_view source, SourceLoc loc) {
  Expression e;
  e.source_ = std::string(source);
  try {
    e.root_ = expr::parse_tree(e.source_);
  } catch (const expr::SyntaxError& err) {
    throw TemplateError(err.message, expr::shift_loc(loc, e.source_, err.offset));
  }
  e.loc_ = std::move(loc);
  return e;
}

Value Expression::eval(const Scope& scope) const {
  if (!root_) return Value();
  return expr::Evaluator(scope, source_, loc_).eval(*root_);
}

bool Expression::eval_comparison_sides(const Scope& scope, Value& left, Value& right) const {
  if (!root_ || root_->kind != ExprNode::Kind::Compare) return false;
  expr::Evaluator ev(scope, source_, loc_);
  left = ev.eval(*root_->kids[0]);
  right = ev.eval(*root_->kids[1]);
  return true;
}

}  // namespace formwork
