#include "data/json_reader.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "data/text_position.h"
#include "util/errors.h"
#include "util/utf8.h"

namespace formwork {
namespace {

// A character iterator that publishes how far nlohmann's lexer has read.
// nlohmann's SAX callbacks carry no positions, so the handler derives token
// starts from this cursor (the lexer reads at most one byte past a number
// and none past other tokens).
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator(const char* p, const char** cursor) : p_(p), cursor_(cursor) {}
  reference operator*() const { return *p_; }
  CountingIterator& operator++() {
    ++p_;
    *cursor_ = p_;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const CountingIterator& o) const { return p_ == o.p_; }

 private:
  const char* p_;
  const char** cursor_;
};

// `s` with every ill-formed UTF-8 sequence replaced by U+FFFD, so messages
// quoting input bytes stay readable text.
std::string with_valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  std::string out;
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(s.data() + start, static_cast<size_t>(i - start));
    }
  }
  return out;
}

// nlohmann quotes the bytes it read up to and including the offending one
// ("…; last read: '1, n\xE4'"), which may stop inside a multi-byte
// character: the rest of that character is taken from the input (`rest`,
// the bytes after the offending one).
std::string complete_last_character(std::string message, std::string_view rest) {
  if (!message.ends_with('\'')) return message;
  const size_t quote = message.size() - 1;
  size_t lead = quote;
  while (lead > 0 && quote - lead < 4 && U8_IS_TRAIL(static_cast<uint8_t>(message[lead - 1]))) {
    --lead;
  }
  if (lead == 0) return message;
  --lead;
  const auto first = static_cast<uint8_t>(message[lead]);
  const size_t have = quote - lead;
  const size_t want = U8_IS_LEAD(first) ? static_cast<size_t>(U8_COUNT_TRAIL_BYTES(first)) + 1 : 0;
  size_t add = 0;
  while (have + add < want && add < rest.size() && U8_IS_TRAIL(static_cast<uint8_t>(rest[add]))) {
    ++add;
  }
  message.insert(quote, rest.substr(0, add));
  return message;
}

// nlohmann's message without its "[json.exception…] parse error at …: "
// prefix; the bytes it quotes are left as they are.
std::string without_nlohmann_prefix(const std::string& what);

// Deeper input is refused: Values are freed recursively, and no form needs
// more than a handful of levels.
constexpr std::size_t kMaxDepth = 256;

bool is_number_char(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// SAX handler that builds the Value tree directly, so numbers never pass
// through double: nlohmann hands number_float the token's source text.
class ValueBuilder {
 public:
  using json = nlohmann::json;

  ValueBuilder(std::string_view text, const char** cursor, int first_line)
      : text_(text), cursor_(cursor), first_line_(first_line) {}

  bool null() { return scalar(Value(), consumed() - 4); }
  bool boolean(bool b) { return scalar(Value(b), consumed() - (b ? 4 : 5)); }
  bool number_integer(json::number_integer_t n) {
    return scalar(Value(static_cast<long long>(n)), number_start());
  }
  bool number_unsigned(json::number_unsigned_t n) {
    const std::size_t start = number_start();
    if (n <= static_cast<json::number_unsigned_t>(INT64_MAX)) {
      return scalar(Value(static_cast<long long>(n)), start);
    }
    return scalar(Value(exact_number(std::to_string(n), start)), start);
  }
  bool number_float(json::number_float_t, const std::string& source) {
    const std::size_t start = number_start();
    return scalar(Value(exact_number(source, start)), start);
  }
  // Strings and keys are normalised to NFC here, once: Vietnamese typed
  // with combining marks (NFD) then matches schema enums, template field
  // names and precomposed text everywhere downstream.
  bool string(std::string& s) { return scalar(Value(nfc(s)), string_start()); }
  bool binary(json::binary_t&) { return false; }  // never produced from JSON text

  bool start_object(std::size_t) {
    note_value_start(consumed() - 1);
    open_container(true);
    return true;
  }
  bool key(std::string& raw) {
    std::string k = nfc(raw);
    Frame& frame = stack_.back();
    if (frame.object.find(k) != nullptr) {
      fail(string_start(), "duplicate key \"" + k + "\"");
    }
    frame.key = std::move(k);
    return true;
  }
  bool end_object() {
    Object object = std::move(stack_.back().object);
    stack_.pop_back();
    return emit(Value(std::move(object)));
  }
  bool start_array(std::size_t) {
    note_value_start(consumed() - 1);
    open_container(false);
    return true;
  }
  bool end_array() {
    Array array = std::move(stack_.back().array);
    stack_.pop_back();
    return emit(Value(std::move(array)));
  }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) {
    // position counts the bytes read including the offending one.
    const std::string_view rest = text_.substr(std::min(position, text_.size()));
    fail(position == 0 ? 0 : position - 1,
         with_valid_utf8(complete_last_character(without_nlohmann_prefix(ex.what()), rest)));
  }

  ParsedJson result() { return std::move(result_); }

 private:
  struct Frame {
    bool is_object;
    Object object;
    Array array;
    std::string key;
  };

  std::size_t consumed() const { return static_cast<std::size_t>(*cursor_ - text_.data()); }

  // The lexer has read one byte past a number unless the number ends the text.
  std::size_t number_start() const {
    std::size_t end = consumed();
    if (end > 0 && !is_number_char(text_[end - 1])) --end;
    while (end > 0 && is_number_char(text_[end - 1])) --end;
    return end;
  }

  // The lexer stops right after a string's closing quote; the opening quote
  // is the previous '"' not escaped by an odd run of backslashes.
  std::size_t string_start() const {
    std::size_t i = consumed() - 1;  // the closing quote
    while (i > 0) {
      --i;
      if (text_[i] != '"') continue;
      std::size_t backslashes = 0;
      while (backslashes < i && text_[i - 1 - backslashes] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return i;
    }
    return 0;
  }

  Decimal exact_number(const std::string& source, std::size_t start) const {
    std::optional<Decimal> d = Decimal::parse(source);
    if (!d) fail(start, "number " + source + " cannot be held exactly (too many digits)");
    return *d;
  }

  [[noreturn]] void fail(std::size_t offset, const std::string& what) const {
    LineColumn pos = line_column_at(text_, offset);
    throw DataError("line " + std::to_string(pos.line + first_line_ - 1) + ", column " +
                    std::to_string(pos.column) + ": " + what);
  }

  void note_value_start(std::size_t offset) {
    if (stack_.size() == 1 && !stack_.front().is_object) result_.element_offsets.push_back(offset);
  }

  void open_container(bool is_object) {
    if (stack_.size() >= kMaxDepth) {
      fail(consumed() - 1, "nesting deeper than " + std::to_string(kMaxDepth) + " levels");
    }
    stack_.push_back(Frame{is_object, {}, {}, {}});
  }

  bool scalar(Value v, std::size_t start) {
    note_value_start(start);
    return emit(std::move(v));
  }

  bool emit(Value v) {
    if (stack_.empty()) {
      result_.value = std::move(v);
    } else if (stack_.back().is_object) {
      stack_.back().object.members.emplace_back(std::move(stack_.back().key), std::move(v));
    } else {
      stack_.back().array.push_back(std::move(v));
    }
    return true;
  }

  std::string_view text_;
  const char** cursor_;
  int first_line_;
  std::vector<Frame> stack_;
  ParsedJson result_;
};

}  // namespace

std::string json_error_explanation(const std::string& what) {
  return with_valid_utf8(without_nlohmann_prefix(what));
}

namespace {

std::string without_nlohmann_prefix(const std::string& what) {
  std::string s = what;
  if (s.rfind("[json.exception.", 0) == 0) {
    const std::size_t close = s.find("] ");
    if (close != std::string::npos) s = s.substr(close + 2);
  }
  if (s.rfind("parse error", 0) == 0) {
    const std::size_t colon = s.find(": ");
    if (colon != std::string::npos) s = s.substr(colon + 2);
  }
  return s;
}

}  // namespace

ParsedJson read_json(std::string_view text, int first_line) {
  const char* cursor = text.data();
  ValueBuilder builder(text, &cursor, first_line);
  CountingIterator begin(text.data(), &cursor);
  CountingIterator end(text.data() + text.size(), &cursor);
  nlohmann::json::sax_parse(begin, end, &builder);
  return builder.result();
}

}  // namespace formwork
