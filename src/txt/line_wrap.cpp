#include "txt/line_wrap.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

#include "util/utf8.h"

namespace formwork {
namespace {

std::unique_ptr<icu::BreakIterator> make_iterator(bool line) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      line ? icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status)
           : icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !it) {
    throw std::runtime_error(std::string("ICU break iterator: ") + u_errorName(status));
  }
  return it;
}

/// Splits `s` at the boundaries an ICU iterator reports.
std::vector<std::string> split(const icu::UnicodeString& s, icu::BreakIterator& it) {
  std::vector<std::string> parts;
  it.setText(s);
  int32_t prev = it.first();
  for (int32_t b = it.next(); b != icu::BreakIterator::DONE; prev = b, b = it.next()) {
    std::string part;
    s.tempSubStringBetween(prev, b).toUTF8String(part);
    parts.push_back(std::move(part));
  }
  return parts;
}

std::string rtrim(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

/// Fills lines for one hard line of text; `limit` is the width of the line
/// being filled and becomes `width` after the first emitted line.
class Filler {
 public:
  Filler(int first_width, int width, std::vector<std::string>& out)
      : limit_(first_width), width_(width), out_(out) {}

  void add(const std::string& piece, icu::BreakIterator& chars) {
    const int w = display_width(piece);
    const int w_trim = display_width(rtrim(piece));
    if (line_w_ + w_trim <= limit_) {
      append(piece, w);
      return;
    }
    if (!line_.empty()) emit();
    if (w_trim <= limit_) {
      append(piece, w);
      return;
    }
    // A word wider than a whole line: split it between grapheme clusters.
    for (const std::string& g : split(icu::UnicodeString::fromUTF8(piece), chars)) {
      const int gw = display_width(g);
      if (line_w_ + gw > limit_ && !line_.empty() && g != " ") emit();
      append(g, gw);
    }
  }

  void finish() { emit(); }

 private:
  void append(const std::string& s, int w) {
    line_ += s;
    line_w_ += w;
  }
  void emit() {
    out_.push_back(rtrim(std::move(line_)));
    line_.clear();
    line_w_ = 0;
    limit_ = width_;
  }

  int limit_, width_;
  std::vector<std::string>& out_;
  std::string line_;
  int line_w_ = 0;
};

}  // namespace

std::vector<std::string> wrap_text(std::string_view text, int first_width, int width) {
  first_width = std::max(first_width, 2);
  width = std::max(width, 2);
  auto lines_it = make_iterator(true);
  auto chars_it = make_iterator(false);
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t nl = text.find('\n', start);
    const std::string_view hard =
        text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    Filler filler(out.empty() ? first_width : width, width, out);
    for (const std::string& piece : split(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                              hard.data(), static_cast<int32_t>(hard.size()))),
                                          *lines_it)) {
      filler.add(piece, *chars_it);
    }
    filler.finish();
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return out;
}

std::string pad_to(std::string_view text, int width, Align align) {
  const int extra = std::max(0, width - display_width(text));
  const int left = align == Align::Center ? extra / 2 : align == Align::Right ? extra : 0;
  return std::string(left, ' ') + std::string(text) + std::string(extra - left, ' ');
}

}  // namespace formwork
