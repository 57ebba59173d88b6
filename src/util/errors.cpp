#include "util/errors.h"

namespace formwork {

std::string SourceLoc::str() const {
  std::string s = file;
  if (line <= 0) return s;
  if (!s.empty()) s.push_back(':');
  s.append(std::to_string(line));
  if (column > 0) {
    s.push_back(':');
    s.append(std::to_string(column));
  }
  return s;
}

}  // namespace formwork
