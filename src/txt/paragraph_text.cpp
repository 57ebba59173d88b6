#include "txt/paragraph_text.h"

#include <algorithm>
#include <cmath>

#include "txt/line_wrap.h"
#include "util/utf8.h"

namespace formwork {
namespace {

constexpr const char* kIdeographicSpace = "\u3000";
constexpr const char* kRuleChar = "\u2500";  // ─

int em_to_columns(double em) { return std::max(0, static_cast<int>(std::lround(em * 2))); }

Align effective_align(const Paragraph& p) {
  if (p.role == ParagraphRole::Title) return Align::Center;
  if (p.role == ParagraphRole::Signature && p.align != Align::Center) return Align::Right;
  return p.align == Align::Justify ? Align::Left : p.align;
}

}  // namespace

std::vector<std::string> render_paragraph(const Paragraph& p, int width) {
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

  const std::string text = p.text();
  if (text.empty()) return {""};
  const Align align = effective_align(p);
  std::vector<std::string> out;
  const std::vector<std::string> lines = wrap_text(text, first_avail - 2 * first_ems, avail);
  for (size_t i = 0; i < lines.size(); ++i) {
    const bool first = i == 0;
    const std::string line = (first ? indent : std::string()) + lines[i];
    const int extra = std::max(0, (first ? first_avail : avail) - display_width(line));
    const int pad = (first ? first_left : left) + (align == Align::Center  ? extra / 2
                                                   : align == Align::Right ? extra
                                                                           : 0);
    out.push_back(line.empty() ? line : std::string(pad, ' ') + line);
  }
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
