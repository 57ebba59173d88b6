#include "util/line_breaks.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace formwork {
namespace {

/// ICU iterators are costly to create, so each thread keeps one of each.
icu::BreakIterator& cached_iterator(bool line) {
  thread_local std::unique_ptr<icu::BreakIterator> line_it, char_it;
  std::unique_ptr<icu::BreakIterator>& slot = line ? line_it : char_it;
  if (!slot) slot = new_break_iterator(line);
  return *slot;
}

/// Points `it` at UTF-8 `text` without converting it, so the boundaries
/// ICU reports are byte offsets (UText native indices).
void set_utf8_text(icu::BreakIterator& it, std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_SUCCESS(status)) it.setText(ut, status);  // keeps its own shallow clone
  utext_close(ut);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU UText: ") + u_errorName(status));
}

/// True if the byte before `offset` ends a hard line break (LF, CR, VT, FF,
/// NEL, U+2028, U+2029): ICU also gives the end of text a "hard" status,
/// which is not a line break in the text.
bool ends_with_line_break(std::string_view text, size_t offset) {
  const std::string_view head = text.substr(0, offset);
  for (std::string_view nl : {"\n", "\r", "\v", "\f", "\u0085", "\u2028", "\u2029"}) {
    if (head.ends_with(nl)) return true;
  }
  return false;
}

}  // namespace

std::unique_ptr<icu::BreakIterator> new_break_iterator(bool line) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      line ? icu::BreakIterator::createLineInstance(icu::Locale::createFromName("zh@lb=strict"),
                                                    status)
           : icu::BreakIterator::createCharacterInstance(icu::Locale("zh"), status));
  if (U_FAILURE(status) || !it) {
    throw std::runtime_error(std::string("ICU break iterator: ") + u_errorName(status));
  }
  return it;
}

void for_each_line_break(std::string_view text,
                         const std::function<void(const LineBreakOpportunity&)>& on_break) {
  if (text.empty()) return;
  icu::BreakIterator& it = cached_iterator(true);
  set_utf8_text(it, text);
  it.first();
  for (int32_t b = it.next(); b != icu::BreakIterator::DONE; b = it.next()) {
    const int32_t rule = it.getRuleStatus();
    const auto offset = static_cast<size_t>(b);
    const bool hard = rule >= UBRK_LINE_HARD && rule < UBRK_LINE_HARD_LIMIT;
    on_break({offset, hard && ends_with_line_break(text, offset)});
  }
}

void for_each_grapheme_boundary(std::string_view text,
                                const std::function<void(size_t offset)>& on_boundary) {
  if (text.empty()) return;
  icu::BreakIterator& it = cached_iterator(false);
  set_utf8_text(it, text);
  it.first();
  for (int32_t b = it.next(); b != icu::BreakIterator::DONE; b = it.next()) {
    on_boundary(static_cast<size_t>(b));
  }
}

std::vector<LineBreakOpportunity> line_break_opportunities(std::string_view text) {
  std::vector<LineBreakOpportunity> out;
  for_each_line_break(text, [&](const LineBreakOpportunity& op) { out.push_back(op); });
  return out;
}

std::vector<size_t> grapheme_boundaries(std::string_view text) {
  std::vector<size_t> out;
  for_each_grapheme_boundary(text, [&](size_t b) { out.push_back(b); });
  return out;
}

}  // namespace formwork
