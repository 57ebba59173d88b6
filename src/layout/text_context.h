#pragma once
// Private to the layout engine: the per-run text machinery (face lookups and
// ICU iterators) shared by paragraphs, table cells and footers.
#include <cstddef>

#include "layout/font_metrics.h"
#include "layout/line_breaker.h"
#include "layout/shaper.h"
#include "layout/text_window.h"

namespace formwork {

/// Created once per layout_document call; not thread-safe.
struct TextContext {
  explicit TextContext(FontProvider& fonts) : faces(fonts) {}
  FaceCache faces;
  LineBreaker breaker;
  /// Code points a paragraph is shaped and broken at once (text_window.h);
  /// only tests change it, to lay short texts out in several windows.
  std::size_t window_chars = kLayoutWindowChars;
};

}  // namespace formwork
