#include "model/text_estimate.h"

#include "util/utf8.h"

namespace formwork {

double estimate_char_em(char32_t cp) { return char_display_width(cp) * kEstimateEmPerColumn; }

double estimate_text_em(std::string_view text) {
  return display_width(text) * kEstimateEmPerColumn;
}

}  // namespace formwork
