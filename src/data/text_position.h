#pragma once
// Byte offsets → human positions (1-based line, column in code points), for
// error messages about input text.
#include <cstddef>
#include <string_view>

namespace formwork {

/// A 1-based line and column; the column counts Unicode code points.
struct LineColumn {
  int line = 1;
  int column = 1;
};

/// The position of byte `offset` in `text` (offset == text.size() is the
/// position just past the end). Lines end at '\n'; bytes of an invalid UTF-8
/// sequence count one column each, so the result is defined for any bytes.
LineColumn line_column_at(std::string_view text, std::size_t offset);

/// The 1-based line number of byte `offset` (just counts '\n' before it).
int line_at(std::string_view text, std::size_t offset);

}  // namespace formwork
