#include "docx/text_estimate.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace formwork {

double estimate_text_twips(std::string_view text, double size_pt) {
  // Decoded in place: a long text is not copied as UTF-32.
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  double width = 0;
  for (int32_t i = 0; i < n;) {
    UChar32 cp;
    U8_NEXT(p, i, n, cp);
    width += estimate_char_twips(static_cast<char32_t>(cp < 0 ? 0xFFFD : cp), size_pt);
  }
  return width;
}

}  // namespace formwork
