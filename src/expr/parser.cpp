// Recursive-descent parser for the grammar in expression.h. Functions and
// filters are resolved here, so an unknown name of either is reported when
// the template is loaded rather than when a record happens to reach it.
// Nesting is limited (kMaxExpressionDepth): the parser's own recursion
// (brackets, parentheses, '-' and 'not') and the height of the tree it
// builds (which long operator, member or filter chains grow without
// recursing here, but which evaluation and destruction recurse over).
#include <algorithm>
#include <string>

#include "expr/expr_node.h"
#include "expr/lexer.h"

namespace formwork::expr {

namespace {

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : toks_(std::move(tokens)) {}

  NodePtr parse_all() {
    if (peek().kind == Tok::End) throw SyntaxError{"empty expression", 0};
    depth_ = 0;
    NodePtr n = parse_piped();
    if (peek().kind != Tok::End) unexpected();
    return n;
  }

 private:
  const Token& peek() const { return toks_[pos_]; }
  const Token& next() { return toks_[pos_ < toks_.size() - 1 ? pos_++ : pos_]; }
  size_t last_end() const { return pos_ == 0 ? 0 : toks_[pos_ - 1].end; }

  bool is_op(std::string_view op) const { return peek().kind == Tok::Op && peek().text == op; }
  bool is_keyword(std::string_view kw) const {
    return peek().kind == Tok::Name && peek().text == kw;
  }
  static bool reserved(std::string_view word) {
    return word == "and" || word == "or" || word == "not" || word == "true" || word == "false" ||
           word == "null";
  }

  [[noreturn]] void unexpected() const {
    const Token& t = peek();
    if (t.kind == Tok::End) throw SyntaxError{"unexpected end of expression", t.offset};
    if (t.kind == Tok::String) throw SyntaxError{"unexpected string", t.offset};
    throw SyntaxError{"unexpected '" + t.text + "'", t.offset};
  }

  void expect_op(std::string_view op) {
    if (!is_op(op)) {
      const Token& t = peek();
      std::string found = t.kind == Tok::End ? "end of expression" : "'" + t.text + "'";
      throw SyntaxError{"expected '" + std::string(op) + "' but found " + found, t.offset};
    }
    next();
  }

  [[noreturn]] static void too_deep(size_t offset) {
    throw SyntaxError{"expression nested more than " + std::to_string(kMaxExpressionDepth) +
                          " levels deep (the expression nesting limit)",
                      offset};
  }

  /// One level of the parser's recursion, for the scope of a parse_* call
  /// that may recurse.
  class Nest {
   public:
    explicit Nest(Parser& p) : p_(p) {
      if (++p_.depth_ > kMaxExpressionDepth) too_deep(p_.peek().offset);
    }
    ~Nest() { --p_.depth_; }
    Nest(const Nest&) = delete;
    Nest& operator=(const Nest&) = delete;

   private:
    Parser& p_;
  };

  static std::shared_ptr<ExprNode> make(ExprNode::Kind kind, size_t offset, size_t begin) {
    auto n = std::make_shared<ExprNode>();
    n->kind = kind;
    n->offset = offset;
    n->begin = begin;
    return n;
  }

  NodePtr finish(std::shared_ptr<ExprNode> n) const {
    n->end = last_end();
    for (const NodePtr& k : n->kids) n->height = std::max(n->height, k->height + 1);
    if (n->height > kMaxExpressionDepth) too_deep(n->offset);
    return n;
  }

  NodePtr binary(ExprNode::Kind kind, const Token& op, NodePtr left, NodePtr right) const {
    auto n = make(kind, op.offset, left->begin);
    n->text = op.text;
    n->kids = {std::move(left), std::move(right)};
    return finish(n);
  }

  // piped := or ('|' filter)*
  NodePtr parse_piped() {
    Nest nest(*this);
    NodePtr n = parse_or();
    while (is_op("|")) {
      next();
      const Token& name = peek();
      if (name.kind != Tok::Name)
        throw SyntaxError{"expected a filter name after '|'", name.offset};
      const Builtin* filter = find_filter(name.text);
      if (filter == nullptr) throw SyntaxError{"unknown filter '" + name.text + "'", name.offset};
      next();
      auto f = make(ExprNode::Kind::Filter, name.offset, n->begin);
      f->text = name.text;
      f->fn = filter->fn;
      f->kids.push_back(n);
      if (is_op("(")) parse_args(f->kids);
      check_arity(*filter, static_cast<int>(f->kids.size()) - 1, "filter", name.offset);
      n = finish(f);
    }
    return n;
  }

  // args := '(' (piped (',' piped)*)? ')'
  void parse_args(std::vector<NodePtr>& out) {
    expect_op("(");
    if (is_op(")")) {
      next();
      return;
    }
    for (;;) {
      out.push_back(parse_piped());
      if (is_op(")")) break;
      expect_op(",");
    }
    next();
  }

  static void check_arity(const Builtin& b, int count, std::string_view what, size_t offset) {
    if (count >= b.min_args && (b.max_args < 0 || count <= b.max_args)) return;
    std::string range = b.max_args < 0 ? "at least " + std::to_string(b.min_args)
                        : b.min_args == b.max_args
                            ? std::to_string(b.min_args)
                            : std::to_string(b.min_args) + " to " + std::to_string(b.max_args);
    const bool singular = (b.max_args < 0 ? b.min_args : b.max_args) == 1;
    throw SyntaxError{std::string(what) + " '" + std::string(b.name) + "' takes " + range +
                          " argument" + (singular ? "" : "s") + ", not " + std::to_string(count),
                      offset};
  }

  NodePtr parse_or() {
    NodePtr n = parse_and();
    while (is_keyword("or")) {
      const Token& op = next();
      n = binary(ExprNode::Kind::Or, op, n, parse_and());
    }
    return n;
  }

  NodePtr parse_and() {
    NodePtr n = parse_not();
    while (is_keyword("and")) {
      const Token& op = next();
      n = binary(ExprNode::Kind::And, op, n, parse_not());
    }
    return n;
  }

  NodePtr parse_not() {
    if (!is_keyword("not")) return parse_cmp();
    Nest nest(*this);
    const Token& op = next();
    auto n = make(ExprNode::Kind::Not, op.offset, op.offset);
    n->kids.push_back(parse_not());
    return finish(n);
  }

  NodePtr parse_cmp() {
    NodePtr n = parse_add();
    for (std::string_view op : {"==", "!=", "<", "<=", ">", ">="}) {
      if (is_op(op)) {
        const Token& t = next();
        return binary(ExprNode::Kind::Compare, t, n, parse_add());
      }
    }
    return n;
  }

  NodePtr parse_add() {
    NodePtr n = parse_mul();
    while (is_op("+") || is_op("-")) {
      const Token& op = next();
      n = binary(ExprNode::Kind::Arith, op, n, parse_mul());
    }
    return n;
  }

  NodePtr parse_mul() {
    NodePtr n = parse_unary();
    while (is_op("*") || is_op("/")) {  // the lexer maps × and ÷ to * and /
      const Token& op = next();
      n = binary(ExprNode::Kind::Arith, op, n, parse_unary());
    }
    return n;
  }

  NodePtr parse_unary() {
    if (!is_op("-")) return parse_postfix();
    Nest nest(*this);
    const Token& op = next();
    auto n = make(ExprNode::Kind::Neg, op.offset, op.offset);
    n->kids.push_back(parse_unary());
    return finish(n);
  }

  NodePtr parse_postfix() {
    NodePtr n = parse_primary();
    for (;;) {
      if (is_op(".")) {
        next();
        const Token& name = peek();
        if (name.kind != Tok::Name || reserved(name.text))
          throw SyntaxError{"expected a member name after '.'", name.offset};
        next();
        auto m = make(ExprNode::Kind::Member, name.offset, n->begin);
        m->text = name.text;
        m->kids.push_back(n);
        n = finish(m);
      } else if (is_op("[")) {
        const Token& open = next();
        auto ix = make(ExprNode::Kind::Index, open.offset, n->begin);
        ix->kids.push_back(n);
        ix->kids.push_back(parse_piped());
        expect_op("]");
        n = finish(ix);
      } else if (is_op("(")) {
        n = parse_call(n);
      } else {
        return n;
      }
    }
  }

  NodePtr parse_call(const NodePtr& callee) {
    if (callee->kind != ExprNode::Kind::Name)
      throw SyntaxError{"only functions can be called", peek().offset};
    const Builtin* fn = find_function(callee->text);
    if (fn == nullptr) throw SyntaxError{"unknown function '" + callee->text + "'", callee->offset};
    auto c = make(ExprNode::Kind::Call, callee->offset, callee->begin);
    c->text = callee->text;
    c->fn = fn->fn;
    parse_args(c->kids);
    check_arity(*fn, static_cast<int>(c->kids.size()), "function", callee->offset);
    return finish(c);
  }

  NodePtr parse_primary() {
    const Token& t = peek();
    switch (t.kind) {
      case Tok::Number:
        return literal(next(), Value(t.number));
      case Tok::String:
        return literal(next(), Value(t.text));
      case Tok::Name:
        return parse_name();
      case Tok::Op:
        if (t.text == "(") {
          next();
          NodePtr inner = parse_piped();
          expect_op(")");
          return inner;
        }
        if (t.text == "[") return parse_list();
        unexpected();
      case Tok::End:
        unexpected();
    }
    unexpected();
  }

  NodePtr literal(const Token& t, Value v) const {
    auto n = make(ExprNode::Kind::Literal, t.offset, t.offset);
    n->literal = std::move(v);
    return finish(n);
  }

  NodePtr parse_name() {
    const Token& t = peek();
    if (t.text == "true") return literal(next(), Value(true));
    if (t.text == "false") return literal(next(), Value(false));
    if (t.text == "null") return literal(next(), Value());
    if (reserved(t.text)) unexpected();
    next();
    auto n = make(ExprNode::Kind::Name, t.offset, t.offset);
    n->text = t.text;
    return finish(n);
  }

  // list := '[' ']' | '[' piped ( 'for' NAME 'in' piped ( 'if' piped )? | (',' piped)* ','? ) ']'
  // `for`, `in` and `if` are keywords only in these places, so fields may
  // still be called that (and `if(...)` stays a function).
  NodePtr parse_list() {
    const Token& open = next();
    auto n = make(ExprNode::Kind::List, open.offset, open.offset);
    while (!is_op("]")) {
      n->kids.push_back(parse_piped());
      if (is_keyword("for")) {
        if (n->kids.size() > 1)
          throw SyntaxError{"a comprehension takes one expression before 'for'", peek().offset};
        return parse_comprehension(open, n->kids[0]);
      }
      if (!is_op("]")) expect_op(",");
    }
    next();
    return finish(n);
  }

  NodePtr parse_comprehension(const Token& open, NodePtr element) {
    next();  // 'for'
    const Token& var = peek();
    if (var.kind != Tok::Name || reserved(var.text))
      throw SyntaxError{"expected a variable name after 'for'", var.offset};
    next();
    if (!is_keyword("in")) {
      const Token& t = peek();
      std::string found = t.kind == Tok::End ? "end of expression" : "'" + t.text + "'";
      throw SyntaxError{"expected 'in' but found " + found, t.offset};
    }
    next();
    auto n = make(ExprNode::Kind::Comprehension, open.offset, open.offset);
    n->text = var.text;
    n->kids.push_back(std::move(element));
    n->kids.push_back(parse_piped());
    if (is_keyword("if")) {
      next();
      n->kids.push_back(parse_piped());
    }
    expect_op("]");
    return finish(n);
  }

  std::vector<Token> toks_;
  size_t pos_ = 0;
  int depth_ = 0;  ///< parse_* calls under way that may recurse
};

}  // namespace

NodePtr parse_tree(std::string_view source) { return Parser(tokenize(source)).parse_all(); }

}  // namespace formwork::expr
