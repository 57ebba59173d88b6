#include "template/source_map.h"

#include <unicode/utf8.h>

#include <algorithm>

namespace formwork {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

constexpr std::size_t kColumnStep = 256;

}  // namespace

SourceMap::SourceMap(std::string file, std::string text)
    : file_(std::move(file)), text_(std::move(text)) {
  line_starts_.push_back(text_.starts_with(kBom) ? kBom.size() : 0);
  step_columns_.reserve(text_.size() / kColumnStep + 1);
  int column = 1;
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (i % kColumnStep == 0) step_columns_.push_back(i < line_starts_[0] ? 1 : column);
    if (text_[i] == '\n') {
      line_starts_.push_back(i + 1);
      column = 1;
    } else if (i >= line_starts_[0] && !is_continuation_byte(text_[i])) {
      ++column;
    }
  }
}

SourceLoc SourceMap::loc(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line_index = it == line_starts_.begin() ? 0 : (it - line_starts_.begin()) - 1;
  std::size_t start = std::min(line_starts_[line_index], offset);
  int column = 1;
  if (std::size_t step = offset / kColumnStep * kColumnStep; step > start) {
    start = step;
    column = step_columns_[step / kColumnStep];
  }
  for (std::size_t i = start; i < offset; ++i) {
    if (!is_continuation_byte(text_[i])) ++column;
  }
  return SourceLoc{file_, static_cast<int>(line_index) + 1, column};
}

std::size_t SourceMap::find_placeholder(std::size_t from) const { return text_.find("{{", from); }

std::size_t SourceMap::first_invalid_utf8() const {
  const auto* p = reinterpret_cast<const uint8_t*>(text_.data());
  int32_t i = 0, n = static_cast<int32_t>(text_.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::string::npos;
}

}  // namespace formwork
