#pragma once
// Private to the layout engine: the per-run text machinery (face lookups and
// ICU iterators) shared by paragraphs, table cells and footers.
#include "layout/font_metrics.h"
#include "layout/line_breaker.h"
#include "layout/shaper.h"

namespace formwork {

/// Created once per layout_document call; not thread-safe.
struct TextContext {
  explicit TextContext(FontProvider& fonts) : faces(fonts) {}
  FaceCache faces;
  LineBreaker breaker;
};

}  // namespace formwork
