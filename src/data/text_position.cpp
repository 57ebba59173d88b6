#include "data/text_position.h"

#include <unicode/utf8.h>

#include <algorithm>

namespace formwork {

LineColumn line_column_at(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const std::size_t last_newline = before.rfind('\n');
  const std::size_t line_start = last_newline == std::string_view::npos ? 0 : last_newline + 1;
  LineColumn pos;
  pos.line = line_at(text, offset);
  // Count code points from the start of the line: U8_NEXT steps over one
  // whole sequence (or one byte of an invalid one) per call.
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(line_start);
  const auto end = static_cast<int32_t>(offset);
  while (i < end) {
    UChar32 c;
    U8_NEXT(bytes, i, end, c);
    (void)c;
    ++pos.column;
  }
  return pos;
}

int line_at(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

}  // namespace formwork
