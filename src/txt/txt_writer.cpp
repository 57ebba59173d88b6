#include "txt/txt_writer.h"

#include <variant>

#include "txt/paragraph_text.h"
#include "txt/table_text.h"
#include "util/atomic_file.h"

namespace formwork {
namespace {

/// Collects output lines. Paragraph spacing becomes at most one blank line
/// ("soft" blanks collapse and never start or end a page); empty paragraphs
/// are kept as blank lines, since templates use them for spacing.
class TextBuilder {
 public:
  void line(const std::string& s) {
    if (pending_blank_ && !out_.empty() && !last_blank_ && !s.empty()) out_ += '\n';
    pending_blank_ = false;
    out_ += s;
    out_ += '\n';
    last_blank_ = s.empty();
  }
  void soft_blank() { pending_blank_ = true; }
  /// Plain-text pagination: a line holding only FORM FEED (U+000C), the
  /// page separator that `pr`, `lpr` and text viewers understand.
  void page_break() {
    pending_blank_ = false;
    out_ += "\f\n";
    last_blank_ = true;
  }
  std::string finish() {
    if (out_.empty()) out_ = "\n";
    return std::move(out_);
  }

 private:
  std::string out_;
  bool pending_blank_ = false;
  bool last_blank_ = true;
};

/// Spacing of at least ¾ of a line (of the paragraph's font) shows as a blank line.
bool wants_blank(double space_pt, const Paragraph& p) {
  const double size = p.runs.empty() ? 12 : p.runs.front().style.size_pt;
  return space_pt >= 0.75 * size;
}

}  // namespace

std::string render_txt(const Document& doc, int width) {
  TextBuilder b;
  double text_mm = doc.page.text_width_mm();  // of the current section
  for (const Block& block : doc.blocks) {
    if (const auto* p = std::get_if<Paragraph>(&block)) {
      if (wants_blank(p->space_before_pt, *p)) b.soft_blank();
      if (p->rule) {
        b.line(render_rule(*p, width, text_mm));
      } else {
        for (const std::string& s : render_paragraph(*p, width)) b.line(s);
      }
      if (wants_blank(p->space_after_pt, *p) || p->role == ParagraphRole::Title) b.soft_blank();
    } else if (const auto* t = std::get_if<Table>(&block)) {
      for (const std::string& s : render_table(*t, width, text_mm)) b.line(s);
    } else if (const auto* s = std::get_if<SectionBreak>(&block)) {
      text_mm = s->page.text_width_mm();
      b.page_break();
    } else {
      b.page_break();
    }
  }
  return b.finish();
}

void write_txt(const Document& doc, const std::string& path) {
  write_file_atomic(path, render_txt(doc));
}

}  // namespace formwork
