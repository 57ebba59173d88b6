#include "xlsx/formula_text.h"

namespace formwork {

size_t quoted_literal_end(std::string_view s, size_t i) {
  const char q = s[i++];
  while (i < s.size()) {
    if (s[i++] != q) continue;
    if (i < s.size() && s[i] == q) {
      ++i;  // a doubled quote escapes
      continue;
    }
    return i;
  }
  return s.size();
}

}  // namespace formwork
