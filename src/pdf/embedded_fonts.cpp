#include "pdf/embedded_fonts.h"

#include <podofo/podofo.h>

#include <stdexcept>

#include "pdf/podofo_error.h"

namespace formwork {

PoDoFo::PdfFont& EmbeddedFonts::font(const std::string& path) {
  auto it = fonts_.find(path);
  if (it != fonts_.end()) return *it->second;
  PoDoFo::PdfFont* font = nullptr;
  try {
    // The path doubles as the font cache key, so two files whose fonts
    // share a PostScript name still get two subsets. Bold/italic stay
    // false: the file itself is the variant, PoDoFo must not fake one.
    font = doc_.CreateFontSubset(path.c_str(), false, false, false,
                                 PoDoFo::PdfEncodingFactory::GlobalIdentityEncodingInstance(),
                                 path.c_str());
  } catch (const PoDoFo::PdfError& e) {
    throw_pdf_error("cannot embed font '" + path + "'", e);
  }
  if (!font) throw std::runtime_error("cannot embed font '" + path + "'");
  fonts_.emplace(path, font);
  return *font;
}

}  // namespace formwork
