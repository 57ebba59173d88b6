#include "pdf/pdf_builder.h"

#include <podofo/podofo.h>

#include <stdexcept>

#include "pdf/deterministic_id.h"
#include "pdf/embedded_fonts.h"
#include "pdf/frame_painter.h"
#include "pdf/podofo_error.h"
#include "pdf/podofo_font_provider.h"

namespace formwork {

// Member order is destruction order in reverse: faces and painter go
// before the document that owns the FreeType library and the fonts.
struct PdfBuilder::Impl {
  explicit Impl(std::map<std::string, FontFiles> fonts)
      : library(doc.GetFontLibrary()),
        faces(std::move(fonts), &library),
        embedded(doc),
        painter(doc, faces, embedded) {}

  PoDoFo::PdfMemDocument doc;
  FT_Library library;  // PdfFontMetricsFreetype keeps a pointer to it
  PodofoFontProvider faces;
  EmbeddedFonts embedded;
  FramePainter painter;
  std::string title;
  bool titled = false;
  bool finished = false;
};

PdfBuilder::PdfBuilder(std::map<std::string, FontFiles> fonts) {
  // PoDoFo logs warnings to stderr; formwork reports errors itself.
  PoDoFo::PdfError::EnableLogging(false);
  impl_ = std::make_unique<Impl>(std::move(fonts));
}

PdfBuilder::~PdfBuilder() = default;

FontProvider& PdfBuilder::fonts() { return impl_->faces; }

void PdfBuilder::add(const LaidOutDocument& doc) {
  if (impl_->finished) throw std::logic_error("PdfBuilder::add after finish");
  if (!impl_->titled) {
    impl_->title = doc.title;
    impl_->titled = true;
  }
  for (const Page& page : doc.pages) impl_->painter.paint(page);
}

std::string PdfBuilder::finish() {
  if (impl_->finished) throw std::logic_error("PdfBuilder::finish called twice");
  impl_->finished = true;
  std::string pdf;
  try {
    if (impl_->doc.GetPageCount() == 0) impl_->painter.paint(Page{});
    stamp_info(impl_->doc, impl_->title);
    PoDoFo::PdfRefCountedBuffer buffer;
    PoDoFo::PdfOutputDevice device(&buffer);
    impl_->doc.Write(&device);  // embeds the font subsets first
    pdf.assign(buffer.GetBuffer(), device.GetLength());
  } catch (const PoDoFo::PdfError& e) {
    throw_pdf_error("cannot write PDF", e);
  }
  replace_trailer_id(pdf);
  return pdf;
}

}  // namespace formwork
