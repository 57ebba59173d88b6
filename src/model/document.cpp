#include "model/document.h"

namespace formwork {

std::string Paragraph::text() const {
  std::string s;
  for (const Run& r : runs) s += r.text;
  return s;
}

}  // namespace formwork
