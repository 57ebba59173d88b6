#include "pdf/font_engine.h"

#include <podofo/podofo.h>

#include <mutex>

#include "pdf/podofo_font_provider.h"

namespace formwork {

// Interim implementation over PoDoFo's FreeType metrics, serialised by one
// mutex; to be replaced by the HarfBuzz engine (issue 8).
struct FontEngine::Impl {
  explicit Impl(std::map<std::string, FontFiles> r)
      : roles(r), library(doc.GetFontLibrary()), faces(std::move(r), &library) {}
  std::map<std::string, FontFiles> roles;
  PoDoFo::PdfMemDocument doc;  // owns the FreeType library
  FT_Library library;
  PodofoFontProvider faces;
  std::mutex mutex;
};

FontEngine::FontEngine(std::map<std::string, FontFiles> roles)
    : impl_(std::make_unique<Impl>(std::move(roles))) {}

FontEngine::~FontEngine() = default;

FontFace& FontEngine::face_for(const std::string& role, bool bold, bool italic, char32_t cp) {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  return impl_->faces.face_for(role, bold, italic, cp);
}

const std::map<std::string, FontFiles>& FontEngine::roles() const { return impl_->roles; }

}  // namespace formwork
