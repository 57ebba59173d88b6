#include "expr/lexer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace formwork::expr {

namespace {

bool ascii_name_char(UChar32 c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

/// Names start with an ASCII letter, '_' or a non-ASCII letter/ideograph
/// (Unicode XID_Start, UAX #31), so Chinese and Vietnamese field names work.
bool name_start(UChar32 c) {
  if (c < 0x80) return ascii_name_char(c) && !(c >= '0' && c <= '9');
  return u_hasBinaryProperty(c, UCHAR_XID_START);
}

/// Later characters may also be digits and combining marks (XID_Continue).
bool name_continue(UChar32 c) {
  if (c < 0x80) return ascii_name_char(c);
  return u_hasBinaryProperty(c, UCHAR_XID_CONTINUE);
}

class Lexer {
 public:
  explicit Lexer(std::string_view src) : src_(src) {}

  std::vector<Token> run() {
    std::vector<Token> out;
    for (;;) {
      skip_space();
      Token t;
      t.offset = pos_;
      if (pos_ >= src_.size()) {
        t.end = pos_;
        out.push_back(t);
        return out;
      }
      UChar32 c = peek();
      if (c >= '0' && c <= '9') {
        lex_number(t);
      } else if (c == '"' || c == '\'') {
        lex_string(t);
      } else if (name_start(c)) {
        lex_name(t);
      } else {
        lex_operator(t, c);
      }
      t.end = pos_;
      out.push_back(std::move(t));
    }
  }

 private:
  /// The code point at pos_ (U+FFFD for invalid UTF-8) and its byte length.
  UChar32 peek(size_t* len = nullptr) const {
    int32_t i = static_cast<int32_t>(pos_);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(src_.data()), i, static_cast<int32_t>(src_.size()), c);
    if (len != nullptr) *len = static_cast<size_t>(i) - pos_;
    return c < 0 ? 0xFFFD : c;
  }

  void advance() {
    size_t len = 0;
    peek(&len);
    pos_ += len;
  }

  void skip_space() {
    while (pos_ < src_.size() && u_isUWhiteSpace(peek())) advance();
  }

  bool digit_at(size_t p) const { return p < src_.size() && src_[p] >= '0' && src_[p] <= '9'; }

  // Digits, an optional fraction (only when a digit follows the point, so
  // `a[0].b` still reads as member access) and an optional exponent.
  void lex_number(Token& t) {
    size_t start = pos_;
    while (digit_at(pos_)) ++pos_;
    if (pos_ < src_.size() && src_[pos_] == '.' && digit_at(pos_ + 1)) {
      ++pos_;
      while (digit_at(pos_)) ++pos_;
    }
    if (pos_ < src_.size() && (src_[pos_] == 'e' || src_[pos_] == 'E')) {
      size_t p = pos_ + 1;
      if (p < src_.size() && (src_[p] == '+' || src_[p] == '-')) ++p;
      if (digit_at(p)) {
        pos_ = p;
        while (digit_at(pos_)) ++pos_;
      }
    }
    t.kind = Tok::Number;
    t.text = std::string(src_.substr(start, pos_ - start));
    auto d = Decimal::parse(t.text);
    if (!d) throw SyntaxError{"bad number '" + t.text + "'", start};
    t.number = *d;
  }

  void lex_string(Token& t) {
    char quote = src_[pos_++];
    t.kind = Tok::String;
    for (;;) {
      if (pos_ >= src_.size()) throw SyntaxError{"unclosed string", t.offset};
      char c = src_[pos_++];
      if (c == quote) return;
      if (c != '\\') {
        t.text += c;
        continue;
      }
      if (pos_ >= src_.size()) throw SyntaxError{"unclosed string", t.offset};
      char e = src_[pos_++];
      switch (e) {
        case '"':
        case '\'':
        case '\\':
          t.text += e;
          break;
        case 'n':
          t.text += '\n';
          break;
        case 't':
          t.text += '\t';
          break;
        default:
          throw SyntaxError{std::string("unknown escape '\\") + e + "'", pos_ - 2};
      }
    }
  }

  void lex_name(Token& t) {
    size_t start = pos_;
    advance();
    while (pos_ < src_.size() && name_continue(peek())) advance();
    t.kind = Tok::Name;
    t.text = std::string(src_.substr(start, pos_ - start));
  }

  void lex_operator(Token& t, UChar32 c) {
    static constexpr std::string_view kTwoChar[] = {"==", "!=", "<=", ">="};
    for (std::string_view op : kTwoChar) {
      if (src_.substr(pos_, 2) == op) {
        t.kind = Tok::Op;
        t.text = std::string(op);
        pos_ += 2;
        return;
      }
    }
    static constexpr std::string_view kOneChar = "+-*/<>()[],.|";
    if (c < 0x80 && kOneChar.find(static_cast<char>(c)) != std::string_view::npos) {
      t.kind = Tok::Op;
      t.text = std::string(1, static_cast<char>(c));
      ++pos_;
      return;
    }
    if (c == 0x00D7 || c == 0x00F7) {  // × and ÷ are synonyms of * and /
      t.kind = Tok::Op;
      t.text = c == 0x00D7 ? "*" : "/";
      advance();
      return;
    }
    if (c == '=') throw SyntaxError{"unexpected '=' (use '==' to compare)", pos_};
    size_t len = 0;
    peek(&len);
    throw SyntaxError{"unexpected character '" + std::string(src_.substr(pos_, len)) + "'", pos_};
  }

  std::string_view src_;
  size_t pos_ = 0;
};

}  // namespace

std::vector<Token> tokenize(std::string_view source) { return Lexer(source).run(); }

}  // namespace formwork::expr
