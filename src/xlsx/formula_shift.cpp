#include "xlsx/formula_shift.h"

#include "xlsx/formula_text.h"
#include "xlsx/xlsx_limits.h"

namespace formwork {

namespace {

// Characters of a name, a cell reference or an unquoted sheet name: ASCII
// letters and digits, '_', '.', '$', '\' and any non-ASCII byte (汇总!A1).
bool is_word_char(char c) {
  auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '.' || c == '$' || c == '\\';
}

size_t word_end(std::string_view s, size_t i) {
  while (i < s.size() && is_word_char(s[i])) ++i;
  return i;
}

// 'It''s' → It's
std::string unquote_sheet(std::string_view quoted) {
  std::string out;
  for (size_t i = 1; i + 1 < quoted.size(); ++i) {
    out += quoted[i];
    if (quoted[i] == '\'' && quoted[i + 1] == '\'') ++i;
  }
  return out;
}

// Reads a reference (cells, or whole rows when `rows_allowed`) at s[i];
// on success fills `ref.area` and returns its end.
std::optional<size_t> read_area(std::string_view s, size_t i, bool rows_allowed, FoundRef& ref) {
  size_t end = word_end(s, i);
  std::optional<A1Cell> first = parse_a1_cell(s.substr(i, end - i));
  bool rows = false;
  if (!first && rows_allowed) {
    first = parse_a1_row(s.substr(i, end - i));
    rows = first.has_value();
  }
  if (!first) return std::nullopt;
  ref.area.first = ref.area.last = *first;
  ref.area.range = false;
  if (end < s.size() && s[end] == ':') {
    size_t end2 = word_end(s, end + 1);
    std::string_view second = s.substr(end + 1, end2 - end - 1);
    std::optional<A1Cell> last = rows ? parse_a1_row(second) : parse_a1_cell(second);
    if (last) {
      ref.area.last = *last;
      ref.area.range = true;
      end = end2;
    }
  }
  if (rows && !ref.area.range) return std::nullopt;                   // "5" alone is a number
  if (!rows && end < s.size() && s[end] == '(') return std::nullopt;  // LOG10(
  ref.whole_rows = rows;
  return end;
}

class Scanner {
 public:
  Scanner(std::string_view s, const RefRewrite& rewrite) : s_(s), rewrite_(rewrite) {}

  std::string run() {
    while (i_ < s_.size()) step();
    return std::move(out_);
  }

 private:
  void copy_to(size_t end) {
    out_.append(s_.substr(i_, end - i_));
    i_ = end;
  }

  // A reference starting at s_[start] whose cells begin at `cells`.
  bool reference(size_t start, size_t cells, std::optional<std::string> sheet) {
    FoundRef ref;
    ref.sheet = std::move(sheet);
    ref.prefix = s_.substr(start, cells - start);
    std::optional<size_t> end = read_area(s_, cells, ref.sheet.has_value(), ref);
    if (!end) return false;
    std::optional<std::string> text = rewrite_(ref);
    if (text) {
      out_ += *text;
      i_ = *end;
    } else {
      copy_to(*end);
    }
    return true;
  }

  void step() {
    char c = s_[i_];
    if (c == '"') return copy_to(quoted_literal_end(s_, i_));
    if (c == '[') return copy_to(external_end());
    if (c == '\'') {
      size_t end = quoted_literal_end(s_, i_);
      if (end < s_.size() && s_[end] == '!' &&
          reference(i_, end + 1, unquote_sheet(s_.substr(i_, end - i_))))
        return;
      return copy_to(end);
    }
    if (!is_word_char(c)) return copy_to(i_ + 1);
    size_t end = word_end(s_, i_);
    if (end < s_.size() && s_[end] == '!') {
      if (reference(i_, end + 1, std::string(s_.substr(i_, end - i_)))) return;
      return copy_to(end + 1);
    }
    if (reference(i_, i_, std::nullopt)) return;
    copy_to(end);
  }

  // The end of "[1]Sheet!A1:B2" (another workbook's cells, which filling
  // this one does not move) or of a structured reference "[Column]".
  size_t external_end() const {
    size_t close = s_.find(']', i_);
    if (close == std::string_view::npos) return s_.size();
    size_t i = close + 1;
    i = i < s_.size() && s_[i] == '\'' ? quoted_literal_end(s_, i) : word_end(s_, i);
    if (i >= s_.size() || s_[i] != '!') return close + 1;
    i = word_end(s_, i + 1);
    if (i < s_.size() && s_[i] == ':') i = word_end(s_, i + 1);
    return i;
  }

  std::string_view s_;
  const RefRewrite& rewrite_;
  size_t i_ = 0;
  std::string out_;
};

// `cell` moved by rows/cols where it is relative; false when it leaves the
// sheet. A whole-row end (col -1) keeps its column.
bool move_cell(A1Cell& cell, int rows, int cols) {
  if (!cell.abs_row) cell.row += rows;
  if (!cell.abs_col && cell.col >= 0) cell.col += cols;
  return cell.row >= 1 && cell.row <= kMaxSheetRows && cell.col >= -1 && cell.col < 16384;
}

}  // namespace

std::string rewrite_references(std::string_view formula, const RefRewrite& rewrite) {
  return Scanner(formula, rewrite).run();
}

std::optional<std::string> translate_formula(std::string_view formula, int rows, int cols) {
  bool ok = true;
  std::string out =
      rewrite_references(formula, [&](const FoundRef& ref) -> std::optional<std::string> {
        A1Area area = ref.area;
        if (!move_cell(area.first, rows, cols) || !move_cell(area.last, rows, cols) ||
            (!ref.whole_rows && (area.first.col < 0 || area.last.col < 0))) {
          ok = false;
          return std::nullopt;
        }
        return std::string(ref.prefix) + format_a1(area);
      });
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace formwork
