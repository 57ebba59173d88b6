#include "pdf/pdf_writer.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "layout/layout.h"
#include "pdf/document_writer.h"
#include "pdf/page_painter.h"
#include "util/atomic_file.h"
#include "util/errors.h"

namespace formwork {
namespace {

constexpr size_t kFileBuffer = 1 << 20;

/// Streams the merged file into AtomicOutput's temporary file.
class FileSink : public PdfSink {
 public:
  explicit FileSink(const std::string& path) : out_(path) {
    // Through the descriptor AtomicOutput created (O_EXCL|O_NOFOLLOW): the
    // temporary is never opened by name again.
    const int fd = ::dup(out_.fd());
    file_ = fd < 0 ? nullptr : ::fdopen(fd, "wb");
    if (!file_) throw IoError("cannot create " + path + ": " + std::strerror(errno));
    std::setvbuf(file_, nullptr, _IOFBF, kFileBuffer);
    path_ = path;
  }
  ~FileSink() override {
    if (file_) std::fclose(file_);
  }
  void write(std::string_view bytes) override {
    if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) fail();
  }
  /// Flushes, syncs and renames the file into place.
  void commit() {
    if (std::fflush(file_) != 0 || ::fsync(fileno(file_)) != 0) fail();
    const int rc = std::fclose(file_);
    file_ = nullptr;
    if (rc != 0) fail();
    out_.commit();
  }

 private:
  [[noreturn]] void fail() { throw IoError("cannot write " + path_ + ": " + std::strerror(errno)); }

  AtomicOutput out_;
  std::string path_;
  std::FILE* file_ = nullptr;
};

}  // namespace

std::string pdf_bytes(const LaidOutDocument& doc, FontEngine& fonts) {
  const auto painted = paint_document(doc, fonts);
  StringSink sink;
  DocumentWriter writer(sink);
  writer.add(*painted, "");
  writer.finish(doc.title);
  return sink.take();
}

struct MergedPdfWriter::Impl {
  Impl(const std::string& path, FontEngine& f, PrintOptions o)
      : fonts(f), sink(path), writer(sink, CopyOptions{o.copies, o.duplex}) {}
  FontEngine& fonts;
  FileSink sink;
  DocumentWriter writer;
  std::string title;
  size_t count = 0;
  bool finished = false;
};

MergedPdfWriter::MergedPdfWriter(std::string path, FontEngine& fonts, PrintOptions options)
    : impl_(std::make_unique<Impl>(path, fonts, options)) {}

MergedPdfWriter::~MergedPdfWriter() = default;

void MergedPdfWriter::add(const LaidOutDocument& doc, const std::string& bookmark) {
  if (impl_->finished) throw std::logic_error("MergedPdfWriter::add after finish");
  impl_->writer.add(*paint_document(doc, impl_->fonts), bookmark);
  if (impl_->count++ == 0) impl_->title = doc.title;
}

size_t MergedPdfWriter::count() const { return impl_->count; }

size_t MergedPdfWriter::page_count() const { return impl_->writer.page_count(); }

void MergedPdfWriter::finish() {
  if (impl_->finished) throw std::logic_error("MergedPdfWriter::finish called twice");
  impl_->finished = true;
  impl_->writer.finish(impl_->title);
  impl_->sink.commit();
}

void write_pdf(const std::vector<const Document*>& docs,
               const std::map<std::string, FontFiles>& fonts, const std::string& path) {
  FontEngine engine(fonts);
  if (docs.size() == 1) {
    write_file_atomic(path, pdf_bytes(layout_document(*docs.front(), engine), engine));
    return;
  }
  MergedPdfWriter merged(path, engine);
  for (const Document* doc : docs) {
    const LaidOutDocument laid_out = layout_document(*doc, engine);
    merged.add(laid_out, laid_out.title);
  }
  merged.finish();
}

}  // namespace formwork
