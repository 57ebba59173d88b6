#include "expr/placeholder.h"

namespace formwork {

std::size_t find_placeholder_end(std::string_view text, std::size_t from) {
  for (std::size_t i = from; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\'' || c == '"') {
      for (++i; i < text.size() && text[i] != c; ++i) {
        if (text[i] == '\\') ++i;
      }
      if (i >= text.size()) return std::string_view::npos;
    } else if (c == '}' && i + 1 < text.size() && text[i + 1] == '}') {
      return i + 2;
    }
  }
  return std::string_view::npos;
}

}  // namespace formwork
