#include "pdf/pdf_writer.h"

#include "layout/layout.h"
#include "pdf/pdf_builder.h"
#include "util/atomic_file.h"

namespace formwork {

void write_pdf(const std::vector<const Document*>& docs,
               const std::map<std::string, FontFiles>& fonts, const std::string& path) {
  PdfBuilder builder(fonts);
  for (const Document* doc : docs) builder.add(layout_document(*doc, builder.fonts()));
  write_file_atomic(path, builder.finish());
}

}  // namespace formwork
