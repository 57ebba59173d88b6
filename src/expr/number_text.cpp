#include "expr/number_text.h"

namespace formwork::expr {

std::string group_digits(std::string_view plain, std::string_view thousands,
                         std::string_view decimal_mark) {
  const size_t start = plain.starts_with('-') ? 1 : 0;
  const size_t point = plain.find('.');
  const size_t end = point == std::string_view::npos ? plain.size() : point;
  std::string out(plain.substr(0, start));
  for (size_t i = start; i < end; ++i) {
    out += plain[i];
    const size_t remaining = end - i - 1;
    if (remaining > 0 && remaining % 3 == 0) out += thousands;
  }
  if (point != std::string_view::npos) {
    out += decimal_mark;
    out += plain.substr(point + 1);
  }
  return out;
}

}  // namespace formwork::expr
