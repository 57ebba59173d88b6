#include "xlsx/workbook_refs.h"

#include <optional>
#include <stdexcept>

#include "xlsx/formula_text.h"
#include "xlsx/r1c1.h"
#include "xlsx/sheet_name.h"

namespace formwork {
namespace {

bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }

bool is_anchor_char(char ch) {
  const auto u = static_cast<unsigned char>(ch);
  return u >= 0x80 || is_digit(ch) || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || ch == '_';
}

/// Copies the "text" or 'sheet' literal at s[i]; returns the index after it.
size_t copy_quoted(std::string_view s, size_t i, std::string& out) {
  const size_t end = quoted_literal_end(s, i);
  out.append(s.substr(i, end - i));
  return end;
}

/// A "<k>!" sheet prefix at s[i]: the 0-based sheet and the index after
/// the '!', or nullopt when s[i] is an ordinary '<'.
std::optional<std::pair<size_t, size_t>> sheet_prefix(std::string_view s, size_t i) {
  size_t j = i + 1;
  size_t k = 0;
  while (j < s.size() && is_digit(s[j]) && j - i <= 6) k = k * 10 + (s[j++] - '0');
  if (j == i + 1 || s.substr(j, 2) != ">!") return std::nullopt;
  return std::make_pair(k, j + 2);  // k is 1-based here; checked by the caller
}

class Resolver {
 public:
  Resolver(std::string_view f, size_t sheet, const WorkbookRefs& refs)
      : f_(f), sheet_(sheet), refs_(refs) {}

  std::string run() {
    size_t i = 0;
    while (i < f_.size()) {
      const char ch = f_[i];
      if (ch == '"' || ch == '\'') {
        i = copy_quoted(f_, i, out_);
      } else if (ch == '<' && sheet_prefix(f_, i)) {
        i = other_sheet(i);
      } else if (ch == '@') {
        i = anchor(i + 1, sheet_, "@");
      } else {
        out_ += f_[i++];
      }
    }
    return out_;
  }

 private:
  /// "<k>!" at f_[i], possibly followed by "@name".
  size_t other_sheet(size_t i) {
    const auto [k, end] = *sheet_prefix(f_, i);
    const std::string ref(f_.substr(i, end - i));
    if (k < 1 || k > refs_.sheet_names.size()) {
      throw std::invalid_argument("worksheet reference " + ref +
                                  " names no worksheet (the workbook has " +
                                  std::to_string(refs_.sheet_names.size()) + ")");
    }
    out_ += sheet_ref_prefix(refs_.sheet_names[k - 1]);
    if (end < f_.size() && f_[end] == '@') return anchor(end + 1, k - 1, ref + "@");
    return end;
  }

  /// The anchor name starting at f_[i] on worksheet `sheet`; `shown` is
  /// what precedes the name in the formula (for messages).
  size_t anchor(size_t i, size_t sheet, const std::string& shown) {
    size_t end = i;
    while (end < f_.size() && is_anchor_char(f_[end])) ++end;
    const std::string name(f_.substr(i, end - i));
    if (name.empty())
      throw std::invalid_argument("'" + shown + "' must be followed by an anchor name");
    const auto& anchors = refs_.anchors.at(sheet);
    const auto it = anchors.find(name);
    if (it == anchors.end()) {
      throw std::invalid_argument("anchor " + shown + name + " is not defined on worksheet " +
                                  std::to_string(sheet + 1) + " '" + refs_.sheet_names[sheet] +
                                  "'");
    }
    out_ += '$' + column_letters(it->second.col) + '$' + std::to_string(it->second.row + 1);
    return end;
  }

  std::string_view f_;
  size_t sheet_;
  const WorkbookRefs& refs_;
  std::string out_;
};

}  // namespace

std::string resolve_workbook_refs(std::string_view formula, size_t sheet,
                                  const WorkbookRefs& refs) {
  return Resolver(formula, sheet, refs).run();
}

}  // namespace formwork
