#include "txt/txt_writer.h"

#include <unicode/utf8.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "txt/paragraph_text.h"
#include "txt/table_text.h"
#include "util/atomic_file.h"
#include "util/errors.h"
#include "util/utf8.h"

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

/// True for a table's border line: only '+' and '-' (render_table draws
/// bordered tables in ASCII).
bool is_border_line(std::string_view line) {
  return !line.empty() && line.find_first_not_of("+-") == std::string_view::npos;
}

/// Tables one after another share one border line instead of drawing the
/// first one's bottom and the second one's top on two lines: the line takes
/// a junction wherever either has one. Lines of different lengths are not
/// merged (nullopt).
std::optional<std::string> merged_border(std::string_view bottom, std::string_view top) {
  if (bottom.size() != top.size()) return std::nullopt;
  std::string out(top);
  for (size_t i = 0; i < out.size(); ++i) {
    if (bottom[i] == '+') out[i] = '+';
  }
  return out;
}

/// Passes a table's lines on, but holds back its closing border line so a
/// table that follows can share it (merged_border); `flush` writes it.
class TableLines {
 public:
  explicit TableLines(TextBuilder& b) : b_(b) {}
  void table(const Table& t, int width, double text_mm, AmbiguousWidth ambiguous) {
    std::optional<std::string> pending;  // one line behind, to know the last
    bool first = true;
    render_table(
        t, width, text_mm,
        [&](std::string_view line) {
          std::string l(line);
          if (first) {
            first = false;
            std::optional<std::string> shared;
            if (held_ && is_border_line(l)) shared = merged_border(*held_, l);
            if (shared) {
              l = std::move(*shared);
              held_.reset();
            }
            flush();
          }
          if (pending) b_.line(*pending);
          pending = std::move(l);
        },
        ambiguous);
    if (pending && is_border_line(*pending)) {
      held_ = std::move(pending);
    } else if (pending) {
      b_.line(*pending);
    }
  }
  void flush() {
    if (held_) b_.line(*held_);
    held_.reset();
  }

 private:
  TextBuilder& b_;
  std::optional<std::string> held_;
};

/// True when `s` holds a Han character (util is_han).
bool has_han(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {  // ASCII: no lookup
      ++i;
      continue;
    }
    UChar32 cp;
    U8_NEXT(s.data(), i, s.size(), cp);
    if (cp >= 0 && is_han(static_cast<char32_t>(cp))) return true;
  }
  return false;
}

bool paragraph_has_han(const Paragraph& p) {
  return std::any_of(p.runs.begin(), p.runs.end(), [](const Run& r) { return has_han(r.text); });
}

/// A document with Chinese text is read in a CJK terminal or editor, whose
/// fonts draw East Asian Ambiguous characters (“ ” × ÷ ≥ —) two columns
/// wide; others (Vietnamese: à đ are Ambiguous too) in one column. Decided
/// by the document, not the machine's locale, so the same record gives the
/// same file everywhere.
AmbiguousWidth ambiguous_width_for(const Document& doc) {
  for (const Block& block : doc.blocks) {
    if (const auto* p = std::get_if<Paragraph>(&block)) {
      if (paragraph_has_han(*p)) return AmbiguousWidth::Wide;
    } else if (const auto* t = std::get_if<Table>(&block)) {
      for (const Row& r : t->rows)
        for (const Cell& c : r.cells)
          if (std::any_of(c.paragraphs.begin(), c.paragraphs.end(), paragraph_has_han))
            return AmbiguousWidth::Wide;
    }
  }
  return AmbiguousWidth::Narrow;
}

struct FileClose {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

void render_txt(const Document& doc, int width, const std::function<void(std::string_view)>& out) {
  TextBuilder b(out);
  TableLines tables(b);
  const AmbiguousWidth ambiguous = ambiguous_width_for(doc);
  const LineSink sink = [&](std::string_view line) { b.line(line); };
  double text_mm = doc.page.text_width_mm();  // of the current section
  for (const Block& block : doc.blocks) {
    if (!std::holds_alternative<Table>(block)) tables.flush();
    if (const auto* p = std::get_if<Paragraph>(&block)) {
      if (wants_blank(p->space_before_pt, *p)) b.soft_blank();
      if (p->rule) {
        b.line(render_rule(*p, width, text_mm));
      } else {
        render_paragraph(*p, width, sink, ambiguous);
      }
      if (wants_blank(p->space_after_pt, *p) || p->role == ParagraphRole::Title) b.soft_blank();
    } else if (const auto* t = std::get_if<Table>(&block)) {
      tables.table(*t, width, text_mm, ambiguous);
    } else if (const auto* s = std::get_if<SectionBreak>(&block)) {
      text_mm = s->page.text_width_mm();
      b.page_break();
    } else {
      b.page_break();
    }
  }
  tables.flush();
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
