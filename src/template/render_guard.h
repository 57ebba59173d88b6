#pragma once
// Turns library exceptions raised while rendering (Decimal overflow, ICU
// failures, …) into TemplateError at the template position being rendered
// (private to the template module).
#include <exception>
#include <utility>

#include "util/errors.h"

namespace formwork {

/// Runs `f`; TemplateError passes through, any other std::exception is
/// rethrown as TemplateError(what(), loc).
template <class F>
auto guarded(const SourceLoc& loc, F&& f) -> decltype(f()) {
  try {
    return std::forward<F>(f)();
  } catch (const TemplateError&) {
    throw;
  } catch (const std::exception& e) {
    throw TemplateError(e.what(), loc);
  }
}

}  // namespace formwork
