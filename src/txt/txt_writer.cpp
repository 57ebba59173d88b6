#include "txt/txt_writer.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <variant>

#include "txt/paragraph_text.h"
#include "txt/table_text.h"
#include "util/atomic_file.h"
#include "util/errors.h"

namespace formwork {
namespace {

/// Writes output lines to `out` in chunks of about kChunk bytes, so the
/// text is never held whole. Paragraph spacing becomes at most one blank
/// line ("soft" blanks collapse and never start or end a page); empty
/// paragraphs are kept as blank lines, since templates use them for
/// spacing.
class TextBuilder {
 public:
  explicit TextBuilder(const std::function<void(std::string_view)>& out) : out_(out) {}

  void line(std::string_view s) {
    if (pending_blank_ && wrote_ && !last_blank_ && !s.empty()) put("\n");
    pending_blank_ = false;
    put(s);
    put("\n");
    last_blank_ = s.empty();
  }
  void soft_blank() { pending_blank_ = true; }
  /// Plain-text pagination: a line holding only FORM FEED (U+000C), the
  /// page separator that `pr`, `lpr` and text viewers understand.
  void page_break() {
    pending_blank_ = false;
    put("\f\n");
    last_blank_ = true;
  }
  /// Flushes the rest; an empty document is one empty line.
  void finish() {
    if (!wrote_) put("\n");
    out_(buffer_);
    buffer_.clear();
  }

 private:
  static constexpr size_t kChunk = 1 << 20;
  void put(std::string_view s) {
    wrote_ = true;
    buffer_ += s;
    if (buffer_.size() >= kChunk) {
      out_(buffer_);
      buffer_.clear();
    }
  }

  const std::function<void(std::string_view)>& out_;
  std::string buffer_;
  bool wrote_ = false;
  bool pending_blank_ = false;
  bool last_blank_ = true;
};

/// Spacing of at least ¾ of a line (of the paragraph's font) shows as a blank line.
bool wants_blank(double space_pt, const Paragraph& p) {
  const double size = p.runs.empty() ? 12 : p.runs.front().style.size_pt;
  return space_pt >= 0.75 * size;
}

struct FileClose {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

void render_txt(const Document& doc, int width, const std::function<void(std::string_view)>& out) {
  TextBuilder b(out);
  const LineSink sink = [&](std::string_view line) { b.line(line); };
  double text_mm = doc.page.text_width_mm();  // of the current section
  for (const Block& block : doc.blocks) {
    if (const auto* p = std::get_if<Paragraph>(&block)) {
      if (wants_blank(p->space_before_pt, *p)) b.soft_blank();
      if (p->rule) {
        b.line(render_rule(*p, width, text_mm));
      } else {
        render_paragraph(*p, width, sink);
      }
      if (wants_blank(p->space_after_pt, *p) || p->role == ParagraphRole::Title) b.soft_blank();
    } else if (const auto* t = std::get_if<Table>(&block)) {
      render_table(*t, width, text_mm, sink);
    } else if (const auto* s = std::get_if<SectionBreak>(&block)) {
      text_mm = s->page.text_width_mm();
      b.page_break();
    } else {
      b.page_break();
    }
  }
  b.finish();
}

std::string render_txt(const Document& doc, int width) {
  std::string text;
  render_txt(doc, width, [&](std::string_view chunk) { text += chunk; });
  return text;
}

void write_txt(const Document& doc, const std::string& path) {
  AtomicOutput out(path);
  // The file AtomicOutput created (O_EXCL|O_NOFOLLOW), never a name again.
  std::unique_ptr<std::FILE, FileClose> file(::fdopen(::dup(out.fd()), "wb"));
  if (!file) throw IoError("cannot create " + path + ": " + std::strerror(errno));
  render_txt(doc, 100, [&](std::string_view chunk) {
    if (std::fwrite(chunk.data(), 1, chunk.size(), file.get()) != chunk.size()) {
      throw IoError("cannot write " + path + ": " + std::strerror(errno));
    }
  });
  if (std::fflush(file.get()) != 0 || ::fsync(fileno(file.get())) != 0 ||
      std::fclose(file.release()) != 0) {
    throw IoError("cannot write " + path + ": " + std::strerror(errno));
  }
  out.commit();
}

}  // namespace formwork
