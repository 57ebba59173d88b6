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

std::string pdf_bytes(const LaidOutDocument& doc, FontEngine& fonts) {
  PdfBuilder builder(fonts.roles());
  builder.add(doc);
  return builder.finish();
}

// Interim: pages are painted into one in-memory document (issue 8 streams
// them to the file and adds bookmarks, copies and duplex padding).
struct MergedPdfWriter::Impl {
  Impl(std::string p, FontEngine& f, PrintOptions o)
      : path(std::move(p)), builder(f.roles()), options(o) {}
  std::string path;
  PdfBuilder builder;
  PrintOptions options;
  size_t count = 0;
};

MergedPdfWriter::MergedPdfWriter(std::string path, FontEngine& fonts, PrintOptions options)
    : impl_(std::make_unique<Impl>(std::move(path), fonts, options)) {}

MergedPdfWriter::~MergedPdfWriter() = default;

void MergedPdfWriter::add(const LaidOutDocument& doc, const std::string& /*bookmark*/) {
  impl_->builder.add(doc);
  ++impl_->count;
}

size_t MergedPdfWriter::count() const { return impl_->count; }

void MergedPdfWriter::finish() { write_file_atomic(impl_->path, impl_->builder.finish()); }

}  // namespace formwork
