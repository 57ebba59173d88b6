#include "txt/paragraph_text.h"

#include <algorithm>
#include <cmath>

#include "txt/line_wrap.h"
#include "util/forbidden_chars.h"
#include "util/utf8.h"

namespace formwork {
namespace {

constexpr const char* kIdeographicSpace = "\u3000";
constexpr const char* kRuleChar = "\u2500";  // ─

int em_to_columns(double em) { return std::max(0, static_cast<int>(std::lround(em * 2))); }

// The model's alignment (a title's centring, a signature's right alignment
// are its role defaults); plain text cannot stretch a line, so justified
// text is set flush left.
Align effective_align(const Paragraph& p) {
  return p.align == Align::Justify ? Align::Left : p.align;
}

}  // namespace

std::string plain_text(const Paragraph& p) {
  std::string text;
  for (const Run& r : p.runs) {
    if (!r.picture) {
      text += r.text;
    } else if (!r.picture->alt.empty()) {
      text += "[" + r.picture->alt + "]";
    }
  }
  std::string storage;
  if (clean_text(text, storage).data() == text.data()) return text;
  return storage;
}

void render_paragraph(const Paragraph& p, int width, const LineSink& sink,
                      AmbiguousWidth ambiguous) {
  const int left = em_to_columns(p.left_indent_em);
  const int right = em_to_columns(p.right_indent_em);
  const int avail = std::max(2, width - left - right);
  // A positive first-line indent is written as U+3000s; a negative one
  // (hanging indent) starts the first line further left, never past 0.
  const int first_ems = std::max(0, static_cast<int>(std::lround(p.first_line_indent_em)));
  const int first_left =
      p.first_line_indent_em < 0
          ? std::max(0, left - static_cast<int>(std::lround(-p.first_line_indent_em * 2)))
          : left;
  const int first_avail = std::max(2, width - first_left - right);
  std::string indent;
  for (int i = 0; i < first_ems; ++i) indent += kIdeographicSpace;

  const std::string text = plain_text(p);
  if (text.empty()) return sink("");
  const Align align = effective_align(p);
  bool first = true;
  std::string line;
  const auto put = [&](std::string_view wrapped) {
    line.clear();
    if (first) line += indent;
    line += wrapped;
    const int extra = std::max(0, (first ? first_avail : avail) - display_width(line, ambiguous));
    const int pad = (first ? first_left : left) + (align == Align::Center  ? extra / 2
                                                   : align == Align::Right ? extra
                                                                           : 0);
    first = false;
    if (!line.empty()) line.insert(0, static_cast<size_t>(pad), ' ');
    sink(line);
  };
  wrap_text(text, first_avail - 2 * first_ems, avail, put, ambiguous);
}

std::vector<std::string> render_paragraph(const Paragraph& p, int width, AmbiguousWidth ambiguous) {
  std::vector<std::string> out;
  render_paragraph(
      p, width, [&](std::string_view line) { out.emplace_back(line); }, ambiguous);
  return out;
}

std::string render_rule(const Paragraph& p, int width, double text_width_mm) {
  const int left = em_to_columns(p.left_indent_em);
  const int avail = std::max(1, width - left - em_to_columns(p.right_indent_em));
  const double mm = p.rule ? p.rule->length_mm : 0;
  int len = avail;
  if (mm > 0 && text_width_mm > 0) {
    len = std::clamp(static_cast<int>(std::lround(mm / text_width_mm * width)), 1, avail);
  }
  const int extra = avail - len;
  const Align align = effective_align(p);
  const int pad = left + (align == Align::Center ? extra / 2 : align == Align::Right ? extra : 0);
  std::string out(pad, ' ');
  for (int i = 0; i < len; ++i) out += kRuleChar;
  return out;
}

}  // namespace formwork
