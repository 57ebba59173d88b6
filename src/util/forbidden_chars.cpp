#include "util/forbidden_chars.h"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstdio>
#include <stdexcept>

namespace formwork {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool is_text_control(char32_t c) { return c == '\t' || c == '\n' || c == '\r'; }

/// ASCII bytes that need no further look: printable, TAB, LF, CR.
bool plain_ascii(uint8_t b) { return b < 0x80 && b != 0x7F && (b >= 0x20 || is_text_control(b)); }

/// Calls on_char(start, end, c) for every character of `text`, with c < 0
/// for a malformed sequence, skipping the plain ASCII bytes of a fast path.
/// ICU's U8_NEXT counts in int32_t: longer texts are refused.
template <class OnChar>
void scan(std::string_view text, OnChar on_char) {
  if (text.size() > static_cast<size_t>(INT32_MAX)) throw std::length_error("text over 2 GiB");
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    if (plain_ascii(p[i])) {
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (!on_char(start, i, c)) return;
  }
}

}  // namespace

ForbiddenKind forbidden_kind(char32_t c) {
  if (c > 0x10FFFF) return ForbiddenKind::OutOfRange;
  if ((c < 0x20 && !is_text_control(c)) || (c >= 0x7F && c <= 0x9F)) return ForbiddenKind::Control;
  if (c >= 0xD800 && c <= 0xDFFF) return ForbiddenKind::Surrogate;
  if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) return ForbiddenKind::Noncharacter;
  return ForbiddenKind::None;
}

std::string_view forbidden_kind_name(ForbiddenKind kind) {
  switch (kind) {
    case ForbiddenKind::Control:
      return "control character";
    case ForbiddenKind::Surrogate:
      return "surrogate";
    case ForbiddenKind::Noncharacter:
      return "noncharacter";
    case ForbiddenKind::OutOfRange:
      return "code point beyond U+10FFFF";
    case ForbiddenKind::None:
      break;
  }
  return "";
}

std::string code_point_label(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

std::vector<ForbiddenChar> find_forbidden_chars(std::string_view text, size_t limit) {
  std::vector<ForbiddenChar> out;
  if (limit == 0) return out;
  // Positions count code points: every byte that does not continue a
  // UTF-8 sequence starts one.
  size_t counted_to = 0, position = 0;
  scan(text, [&](int32_t start, int32_t, UChar32 c) {
    if (c < 0 || !is_forbidden_char(static_cast<char32_t>(c))) return true;
    for (; counted_to <= static_cast<size_t>(start); ++counted_to) {
      position += (static_cast<uint8_t>(text[counted_to]) & 0xC0) != 0x80;
    }
    out.push_back({position, static_cast<char32_t>(c)});
    return out.size() < limit;
  });
  return out;
}

std::string_view clean_text(std::string_view text, std::string& storage) {
  size_t copied = 0;  // bytes of `text` already handled into storage
  bool dirty = false;
  scan(text, [&](int32_t start, int32_t end, UChar32 c) {
    const bool bad = c < 0 || is_forbidden_char(static_cast<char32_t>(c));
    if (!bad) return true;
    if (!dirty) {
      storage.clear();
      storage.reserve(text.size());
      dirty = true;
    }
    storage.append(text.substr(copied, static_cast<size_t>(start) - copied));
    if (c < 0) storage.append(kReplacement);
    copied = static_cast<size_t>(end);
    return true;
  });
  if (!dirty) return text;
  storage.append(text.substr(copied));
  return storage;
}

std::string clean_text(std::string_view text) {
  std::string storage;
  return std::string(clean_text(text, storage));
}

bool is_bidi_control(char32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
         c == 0x200F || c == 0x061C;
}

std::string normalize_run_text(std::string_view text, bool tab_to_space) {
  std::string out;
  out.reserve(text.size());
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c == '\r') {
      if (i < n && p[i] == '\n') continue;  // the '\n' follows
      out += '\n';
    } else if (c == '\t' && tab_to_space) {
      out += ' ';
    } else if (c < 0 || !is_forbidden_char(static_cast<char32_t>(c))) {
      out.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  return out;
}

}  // namespace formwork
