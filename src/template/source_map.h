#pragma once
// Maps byte offsets in a template file to line:column positions for error
// messages (private to the template module).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "util/errors.h"

namespace formwork {

/// The original bytes of a template file with a table of line starts, so
/// that pugixml offsets (node.offset_debug(), xml_parse_result::offset)
/// become SourceLoc values. Lines are separated by '\n'; columns count
/// Unicode code points from 1 (a UTF-8 BOM at the start is not counted).
class SourceMap {
 public:
  SourceMap(std::string file, std::string text);

  const std::string& file() const { return file_; }
  const std::string& text() const { return text_; }

  /// The position of byte `offset` (clamped to the end of the text), in
  /// time independent of the line's length.
  SourceLoc loc(std::size_t offset) const;

  /// Offset of the first "{{" at or after `from`, or npos. Used to find the
  /// exact source position of a placeholder inside text whose entities and
  /// line ends pugixml has already rewritten.
  std::size_t find_placeholder(std::size_t from) const;

  /// Offset of the first byte that is not valid UTF-8, or npos.
  std::size_t first_invalid_utf8() const;

 private:
  std::string file_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
  /// Column of every kColumnStep-th byte, so that a position on a long line
  /// (a template written on one line) is counted from the nearest of them
  /// instead of from the line start, which made loading quadratic.
  std::vector<int> step_columns_;
};

}  // namespace formwork
