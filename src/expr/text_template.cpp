// TextTemplate: literal text with {{ expression }} placeholders.
#include "expr/expr_node.h"
#include "expr/expression.h"

namespace formwork {

namespace {

/// Byte offset of the "}}" closing a placeholder whose expression starts
/// at `from`, skipping quoted strings (a "}}" inside '...' or "..." does not
/// close it); npos when there is none.
size_t find_close(std::string_view text, size_t from) {
  char quote = 0;
  for (size_t i = from; i < text.size(); ++i) {
    char c = text[i];
    if (quote != 0) {
      if (c == '\\') {
        ++i;
      } else if (c == quote) {
        quote = 0;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '}' && i + 1 < text.size() && text[i + 1] == '}') {
      return i;
    }
  }
  return std::string_view::npos;
}

}  // namespace

TextTemplate TextTemplate::parse(std::string_view text, SourceLoc loc) {
  TextTemplate t;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t open = text.find("{{", pos);
    if (open == std::string_view::npos) {
      t.parts_.push_back({std::string(text.substr(pos)), nullptr});
      break;
    }
    if (open > pos) t.parts_.push_back({std::string(text.substr(pos, open - pos)), nullptr});
    size_t close = find_close(text, open + 2);
    if (close == std::string_view::npos)
      throw TemplateError("unclosed '{{'", expr::shift_loc(loc, text, open));
    std::string_view source = text.substr(open + 2, close - open - 2);
    auto e = Expression::parse(source, expr::shift_loc(loc, text, open + 2));
    t.parts_.push_back({"", std::make_shared<Expression>(std::move(e))});
    pos = close + 2;
  }
  return t;
}

std::string TextTemplate::render(const Scope& scope) const {
  std::string out;
  for (const Part& p : parts_) out += p.expr ? p.expr->eval(scope).to_text() : p.literal;
  return out;
}

Value TextTemplate::render_value(const Scope& scope) const {
  if (parts_.size() == 1 && parts_[0].expr) return parts_[0].expr->eval(scope);
  return Value(render(scope));
}

bool TextTemplate::has_placeholders() const {
  for (const Part& p : parts_)
    if (p.expr) return true;
  return false;
}

}  // namespace formwork
