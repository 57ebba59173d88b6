#include "xlsx/formula_parser.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <span>
#include <utility>

namespace formwork {
namespace {

constexpr int kMaxRow = 1048576;  // Excel 2007+ sheet size, 1-based
constexpr int kMaxCol = 16384;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

/// Characters of a name token: function names, cell references and
/// unquoted sheet names (any non-ASCII byte, for names like 汇总).
bool is_name_char(char c) {
  return is_letter(c) || is_digit(c) || c == '_' || c == '.' || c == '$' ||
         static_cast<unsigned char>(c) >= 0x80;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = upper(c);
  return out;
}

/// The cell reference spelled by `tok` ($A$1, b7, XFD1048576), or nullopt.
std::optional<CellRef> cell_ref(std::string_view tok) {
  size_t i = 0;
  if (i < tok.size() && tok[i] == '$') ++i;
  int col = 0;
  const size_t letters = i;
  while (i < tok.size() && is_letter(tok[i]) && i - letters < 3)
    col = col * 26 + (upper(tok[i++]) - 'A' + 1);
  if (i == letters || col > kMaxCol) return std::nullopt;
  if (i < tok.size() && tok[i] == '$') ++i;
  if (i >= tok.size() || tok[i] == '0') return std::nullopt;
  long row = 0;
  const size_t digits = i;
  while (i < tok.size() && is_digit(tok[i]) && i - digits < 8) row = row * 10 + (tok[i++] - '0');
  if (i != tok.size() || i == digits || row > kMaxRow) return std::nullopt;
  return CellRef{static_cast<int>(row - 1), col - 1};
}

FormulaNode leaf(FormulaNode::Kind kind) {
  FormulaNode n;
  n.kind = kind;
  return n;
}

/// Sets n.height from its children; throws when the tree gets too high.
void measure(FormulaNode& n) {
  for (const FormulaNode& c : n.children) n.height = std::max(n.height, c.height + 1);
  if (n.height > kMaxFormulaHeight) {
    throw FormulaSyntaxError("formula more than " + std::to_string(kMaxFormulaHeight) +
                             " operators or calls deep");
  }
}

FormulaNode unary(FormulaNode::Kind kind, FormulaNode operand) {
  FormulaNode n = leaf(kind);
  n.children.push_back(std::move(operand));
  measure(n);
  return n;
}

FormulaNode binary(BinaryOp op, FormulaNode lhs, FormulaNode rhs) {
  FormulaNode n = leaf(FormulaNode::Kind::Binary);
  n.op = op;
  n.children.push_back(std::move(lhs));
  n.children.push_back(std::move(rhs));
  measure(n);
  return n;
}

/// A binary operator as written.
struct OpToken {
  std::string_view text;
  BinaryOp op;
};

// Binary operator levels, loosest first (§18.17.2); within a level a token
// comes before the shorter tokens it starts with ("<>" before "<").
constexpr OpToken kComparison[] = {{"<>", BinaryOp::Ne}, {"<=", BinaryOp::Le}, {">=", BinaryOp::Ge},
                                   {"=", BinaryOp::Eq},  {"<", BinaryOp::Lt},  {">", BinaryOp::Gt}};
constexpr OpToken kConcatenation[] = {{"&", BinaryOp::Concat}};
constexpr OpToken kAdditive[] = {{"+", BinaryOp::Add}, {"-", BinaryOp::Sub}};
constexpr OpToken kMultiplicative[] = {{"*", BinaryOp::Mul}, {"/", BinaryOp::Div}};
constexpr OpToken kPower[] = {{"^", BinaryOp::Pow}};
constexpr std::span<const OpToken> kLevels[] = {kComparison, kConcatenation, kAdditive,
                                                kMultiplicative, kPower};

/// The operator of `ops` that `s` starts with, and its length.
std::optional<std::pair<BinaryOp, size_t>> operator_at(std::span<const OpToken> ops,
                                                       std::string_view s) {
  for (const OpToken& t : ops) {
    if (s.substr(0, t.text.size()) == t.text) return std::make_pair(t.op, t.text.size());
  }
  return std::nullopt;
}

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {
    if (!s_.empty() && s_[0] == '=') pos_ = 1;
  }

  FormulaNode run() {
    FormulaNode n = comparison();
    skip_spaces();
    if (pos_ < s_.size()) {
      fail(s_[pos_] == ')' ? "')' without a matching '('" : "unexpected " + shown_here());
    }
    return n;
  }

 private:
  /// Nesting guard for the recursive rules.
  struct Depth {
    explicit Depth(Parser& p) : p_(p) {
      if (++p_.depth_ > kMaxFormulaNesting) {
        p_.fail("nested more than " + std::to_string(kMaxFormulaNesting) + " levels");
      }
    }
    ~Depth() { --p_.depth_; }
    Parser& p_;
  };

  [[noreturn]] void fail(const std::string& what) const { fail_at(what, pos_); }

  [[noreturn]] void fail_at(const std::string& what, size_t at) const {
    throw FormulaSyntaxError(what + " at character " + std::to_string(char_number(at)));
  }

  /// "the '(' at character 4 is never closed".
  [[noreturn]] void never_closed(const std::string& what, size_t open) const {
    throw FormulaSyntaxError("the " + what + " at character " + std::to_string(char_number(open)) +
                             " is never closed");
  }

  /// 1-based code point number of byte offset `at` (counting from after a
  /// leading '=' if there was one, as the template writes formulas).
  size_t char_number(size_t at) const {
    size_t n = 1;
    const size_t start = !s_.empty() && s_[0] == '=' ? 1 : 0;
    for (size_t i = start; i < at && i < s_.size(); ++i) {
      if ((static_cast<unsigned char>(s_[i]) & 0xC0) != 0x80) ++n;
    }
    return n;
  }

  std::string shown_here() const {
    if (pos_ >= s_.size()) return "end of formula";
    size_t end = pos_ + 1;
    while (end < s_.size() && (static_cast<unsigned char>(s_[end]) & 0xC0) == 0x80) ++end;
    return "'" + std::string(s_.substr(pos_, end - pos_)) + "'";
  }

  void skip_spaces() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }

  /// Consumes `tok` after optional spaces.
  bool eat(std::string_view tok) {
    skip_spaces();
    if (s_.substr(pos_, tok.size()) != tok) return false;
    pos_ += tok.size();
    return true;
  }

  /// One level of binary operators (kLevels[level]) over the next tighter
  /// one, left associative.
  FormulaNode binary_level(size_t level) {
    if (level == std::size(kLevels)) return percent();
    FormulaNode lhs = binary_level(level + 1);
    for (;;) {
      skip_spaces();
      const auto op = operator_at(kLevels[level], s_.substr(pos_));
      if (!op) return lhs;
      pos_ += op->second;
      lhs = binary(op->first, std::move(lhs), binary_level(level + 1));
    }
  }

  FormulaNode comparison() { return binary_level(0); }

  FormulaNode percent() {
    FormulaNode n = prefix();
    while (eat("%")) n = unary(FormulaNode::Kind::Percent, std::move(n));
    return n;
  }

  /// Unary minus and plus bind tighter than % and ^ (§18.17.2).
  FormulaNode prefix() {
    if (eat("-")) {
      Depth d(*this);
      return unary(FormulaNode::Kind::Negate, prefix());
    }
    if (eat("+")) {
      Depth d(*this);
      return unary(FormulaNode::Kind::Identity, prefix());
    }
    return primary();
  }

  FormulaNode primary() {
    skip_spaces();
    if (pos_ >= s_.size()) fail("an operand expected, found the end of the formula");
    const char c = s_[pos_];
    if (c == '(') return parenthesized();
    if (c == '"') return text_literal();
    if (c == '#') return error_literal();
    if (c == '{') return array_constant();
    if (c == '\'') return quoted_sheet_reference();
    if (is_digit(c) || (c == '.' && pos_ + 1 < s_.size() && is_digit(s_[pos_ + 1]))) {
      return number_literal();
    }
    if (is_name_char(c)) return name();
    fail("unexpected " + shown_here());
  }

  FormulaNode parenthesized() {
    Depth d(*this);
    const size_t open = pos_++;
    FormulaNode n = comparison();
    if (!eat(")")) close_failure(open);
    return n;
  }

  [[noreturn]] void close_failure(size_t open) const {
    if (pos_ >= s_.size()) never_closed("'('", open);
    fail("')' expected for the '(' at character " + std::to_string(char_number(open)) + ", found " +
         shown_here());
  }

  std::string quoted(char q) {
    const size_t open = pos_++;
    std::string out;
    for (;;) {
      if (pos_ >= s_.size())
        never_closed(q == '"' ? "text quote '\"'" : "sheet-name quote \"'\"", open);
      const char c = s_[pos_++];
      if (c != q) {
        out += c;
      } else if (pos_ < s_.size() && s_[pos_] == q) {
        out += q;
        ++pos_;
      } else {
        return out;
      }
    }
  }

  FormulaNode text_literal() {
    FormulaNode n = leaf(FormulaNode::Kind::Text);
    n.text = quoted('"');
    return n;
  }

  FormulaNode error_literal() {
    for (std::string_view name :
         {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"}) {
      if (pos_ + name.size() <= s_.size()) {
        if (auto e = parse_error_name(s_.substr(pos_, name.size()))) {
          pos_ += name.size();
          FormulaNode n = leaf(FormulaNode::Kind::Error);
          n.error = *e;
          return n;
        }
      }
    }
    fail("unknown error value");
  }

  FormulaNode number_literal() {
    const size_t start = pos_;
    std::string digits;  // JSON number text for Decimal::parse
    while (pos_ < s_.size() && is_digit(s_[pos_])) digits += s_[pos_++];
    const size_t lead = digits.find_first_not_of('0');
    digits = lead == std::string::npos ? "0" : digits.substr(lead);
    if (pos_ < s_.size() && s_[pos_] == '.') {
      std::string frac;
      for (++pos_; pos_ < s_.size() && is_digit(s_[pos_]);) frac += s_[pos_++];
      if (!frac.empty()) digits += "." + frac;
    }
    if (pos_ < s_.size() && (s_[pos_] == 'E' || s_[pos_] == 'e')) {
      digits += s_[pos_++];
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) digits += s_[pos_++];
      if (pos_ >= s_.size() || !is_digit(s_[pos_])) fail("exponent digits expected");
      while (pos_ < s_.size() && is_digit(s_[pos_])) digits += s_[pos_++];
    }
    const auto value = Decimal::parse(digits);
    if (!value)
      fail_at("number " + std::string(s_.substr(start, pos_ - start)) + " cannot be held exactly",
              start);
    FormulaNode n = leaf(FormulaNode::Kind::Number);
    n.number = *value;
    return n;
  }

  /// An array constant: rows separated by ';', items by ','.
  FormulaNode array_constant() {
    const size_t open = pos_++;
    FormulaNode n = leaf(FormulaNode::Kind::Array);
    int cols_in_row = 0;
    for (;;) {
      n.children.push_back(array_item());
      ++cols_in_row;
      if (eat(",")) continue;
      if (n.rows == 0) n.cols = cols_in_row;
      if (cols_in_row != n.cols) fail_at("array constant rows differ in length", open);
      ++n.rows;
      cols_in_row = 0;
      if (eat(";")) continue;
      if (eat("}")) return n;
      if (pos_ >= s_.size()) never_closed("'{'", open);
      fail("',', ';' or '}' expected in the array constant, found " + shown_here());
    }
  }

  FormulaNode array_item() {
    skip_spaces();
    const bool negative = eat("-");
    skip_spaces();
    FormulaNode item;
    if (pos_ < s_.size() && s_[pos_] == '"' && !negative) {
      item = text_literal();
    } else if (pos_ < s_.size() && s_[pos_] == '#' && !negative) {
      item = error_literal();
    } else if (pos_ < s_.size() && (is_digit(s_[pos_]) || s_[pos_] == '.')) {
      item = number_literal();
      if (negative) item.number = -item.number;
    } else {
      item = name();
      if (item.kind != FormulaNode::Kind::Logical || negative) {
        fail("an array constant holds only numbers, text, TRUE/FALSE and error values");
      }
    }
    return item;
  }

  std::string name_token() {
    const size_t start = pos_;
    while (pos_ < s_.size() && is_name_char(s_[pos_])) ++pos_;
    return std::string(s_.substr(start, pos_ - start));
  }

  FormulaNode name() {
    const size_t start = pos_;
    const std::string tok = name_token();
    if (pos_ < s_.size() && s_[pos_] == '!') {
      ++pos_;
      return reference(tok);
    }
    if (pos_ < s_.size() && s_[pos_] == '(') return call(tok, start);
    const std::string up = upper(tok);
    if (up == "TRUE" || up == "FALSE") {
      FormulaNode n = leaf(FormulaNode::Kind::Logical);
      n.logical = up == "TRUE";
      return n;
    }
    pos_ = start;
    return reference(std::nullopt);
  }

  FormulaNode quoted_sheet_reference() {
    std::string sheet = quoted('\'');
    if (pos_ >= s_.size() || s_[pos_] != '!') fail("'!' expected after the quoted sheet name");
    ++pos_;
    return reference(std::move(sheet));
  }

  CellRef cell() {
    const size_t start = pos_;
    const std::string tok = name_token();
    if (tok.empty()) fail("a cell reference expected, found " + shown_here());
    const auto ref = cell_ref(tok);
    if (!ref) {
      fail_at("'" + tok + "' is neither a cell reference nor a function (names are not supported)",
              start);
    }
    return *ref;
  }

  FormulaNode reference(std::optional<std::string> sheet) {
    FormulaNode n = leaf(FormulaNode::Kind::Reference);
    n.sheet = std::move(sheet);
    n.first = n.last = cell();
    if (pos_ < s_.size() && s_[pos_] == ':') {
      ++pos_;
      n.last = cell();
    }
    return n;
  }

  FormulaNode call(const std::string& name, size_t start) {
    Depth d(*this);
    std::string fn = upper(name);
    for (std::string_view prefix : {"_XLFN.", "_XLWS."}) {
      if (fn.rfind(prefix, 0) == 0) fn.erase(0, prefix.size());
    }
    if (fn.empty()) fail_at("a function name expected", start);
    FormulaNode n = leaf(FormulaNode::Kind::Call);
    n.text = fn;
    const size_t open = pos_++;
    if (eat(")")) return n;
    for (;;) {
      skip_spaces();
      const bool omitted = pos_ < s_.size() && (s_[pos_] == ',' || s_[pos_] == ')');
      n.children.push_back(omitted ? leaf(FormulaNode::Kind::Missing) : comparison());
      if (eat(",")) continue;
      if (eat(")")) {
        measure(n);
        return n;
      }
      close_failure(open);
    }
  }

  std::string_view s_;
  size_t pos_ = 0;
  int depth_ = 0;
};

}  // namespace

std::optional<std::pair<BinaryOp, size_t>> leading_comparison(std::string_view s) {
  return operator_at(kComparison, s);
}

FormulaNode parse_formula(std::string_view a1) {
  size_t chars = 0;
  for (char c : a1) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  if (chars > kMaxFormulaLength) {
    throw FormulaSyntaxError("formula longer than " + std::to_string(kMaxFormulaLength) +
                             " characters");
  }
  return Parser(a1).run();
}

}  // namespace formwork
