#include "layout/paragraph_layout.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <type_traits>
#include <variant>

#include "layout/glyph_positions.h"
#include "layout/picture_layout.h"
#include "layout/rule_layout.h"
#include "layout/text_window.h"

namespace formwork {

namespace {

constexpr double kEps = 1e-6;  // pt

const TextStyle& first_style(const Paragraph& p) {
  static const TextStyle kDefault;
  return p.runs.empty() ? kDefault : p.runs.front().style;
}

bool is_mark(char32_t cp) {
  int8_t t = u_charType(static_cast<UChar32>(cp));
  return t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK || t == U_COMBINING_SPACING_MARK;
}

bool is_floating_picture(const ShapedText& t, size_t i) {
  return t.is_picture(i) && t.picture_at(i).picture->floating;
}

// An inline picture stretches like an ideograph; a floating one, which
// takes no room, like nothing (see stretch_after).
bool is_wide_at(const ShapedText& t, size_t i) {
  return t.is_picture(i) ? !is_floating_picture(t, i) : is_wide_char(t.chars[i].cp);
}

// Justification opportunities follow CSS text-justify:auto — between
// characters where either side is CJK, and at spaces between Latin words;
// never before a combining mark, so a Vietnamese letter stays one unit, nor
// before a floating picture, so it adds no gap of its own.
bool stretch_after(const ShapedText& t, size_t i) {
  char32_t a = t.chars[i].cp;
  char32_t b = t.chars[i + 1].cp;
  if (is_mark(b) || is_floating_picture(t, i + 1)) return false;
  if (a == U' ') return true;
  if (b == U' ') return false;
  return is_wide_at(t, i) || is_wide_at(t, i + 1);
}

// Pen positions (pt, from the line's start) of each character of `s`, with
// `extra` pt spread evenly over the stretch opportunities.
std::vector<double> pen_positions(const ShapedText& t, const LineSpan& s, double extra) {
  size_t opportunities = 0;
  for (size_t i = s.begin; i + 1 < s.end; ++i) opportunities += stretch_after(t, i) ? 1 : 0;
  double per = (opportunities > 0 && extra > kEps) ? extra / static_cast<double>(opportunities) : 0;
  std::vector<double> pen;
  pen.reserve(s.end - s.begin);
  double x = 0;
  for (size_t i = s.begin; i < s.end; ++i) {
    pen.push_back(x);
    x += t.chars[i].advance;
    if (per > 0 && i + 1 < s.end && stretch_after(t, i)) x += per;
  }
  return pen;
}

// The pitch of a line from its largest size (an empty line: its style's
// size) and its inline pictures, and where the baseline sits in it.
VerticalMetrics line_metrics(const ShapedText& t, const LineSpan& s, const TextStyle& fallback,
                             double spacing, const DocGrid& grid) {
  double size = 0;
  for (size_t i = s.begin; i < s.end; ++i) size = std::max(size, t.chars[i].style->size_pt);
  if (s.end == s.begin) {  // an empty line still has the height of its style
    size = s.begin < t.chars.size() ? t.chars[s.begin].style->size_pt
           : t.chars.empty()        ? fallback.size_pt
                                    : t.chars.back().style->size_pt;
  }
  return with_pictures(text_line_metrics(size, spacing, grid),
                       tallest_inline_picture(t, s.begin, s.end), grid);
}

// Pictures (no face) never join a glyph run.
bool same_look(const ShapedChar& a, const ShapedChar& b) {
  return a.face != nullptr && a.face == b.face && a.style->size_pt == b.style->size_pt &&
         a.style->color == b.style->color && a.style->underline == b.style->underline &&
         a.style->bold == b.style->bold && a.style->italic == b.style->italic;
}

// Where the run starting at character i ends: at the next change of face or
// look, or before the first cluster that would start kMaxRunCodePoints or
// more code points into the run (a cluster is never split between runs).
size_t run_end(const ShapedText& t, size_t i, size_t end) {
  size_t j = i + 1;
  for (; j < end && same_look(t.chars[i], t.chars[j]); ++j) {
    const bool starts_cluster = t.chars[j].glyph_end > t.chars[j].glyph_begin;
    if (j - i >= kMaxRunCodePoints && starts_cluster) break;
  }
  return j;
}

// Cuts a line into maximal runs of one face and one look, each glyph placed
// at its cluster's pen position; pictures are left to place_pictures.
void append_runs(const ShapedText& t, const LineSpan& s, double x0, const std::vector<double>& pen,
                 double baseline, std::vector<GlyphRun>& out) {
  size_t i = s.begin;
  while (i < s.end) {
    if (t.is_picture(i)) {
      ++i;
      continue;
    }
    const size_t j = run_end(t, i, s.end);
    const ShapedChar& c = t.chars[i];
    GlyphRun r;
    double start = pen[i - s.begin];
    r.x = x0 + start;
    r.y = baseline;
    r.face_id = c.face->id();
    r.face = c.face;
    r.size_pt = c.style->size_pt;
    r.color = c.style->color;
    r.underline = c.style->underline;
    r.synthetic_bold = c.style->bold && !c.face->is_bold();
    r.synthetic_italic = c.style->italic && !c.face->is_italic();
    int32_t u16_end = j < t.chars.size() ? t.chars[j].u16 : t.text.length();
    t.text.tempSubStringBetween(c.u16, u16_end).toUTF8String(r.text);
    const uint32_t gb = t.chars[i].glyph_begin, ge = t.chars[j - 1].glyph_end;
    std::vector<Glyph> glyphs;
    if (ge > gb)
      glyphs.reserve(ge - gb);
    else
      r.positions.reserve(j - i);  // nothing shaped (controls only): pen positions instead
    for (size_t k = i; k < j; ++k) {
      const double at = pen[k - s.begin] - start;
      if (ge == gb) r.positions.push_back(static_cast<float>(at));
      for (uint32_t g = t.chars[k].glyph_begin; g < t.chars[k].glyph_end; ++g) {
        const ShapedGlyph& sg = t.glyphs[g];
        glyphs.push_back({static_cast<uint16_t>(sg.gid), static_cast<uint16_t>(k - i),
                          static_cast<float>(at + sg.dx)});
        if (sg.dy != 0 && r.glyph_y.empty()) r.glyph_y.resize(glyphs.size() - 1, 0);
        if (!r.glyph_y.empty()) r.glyph_y.push_back(static_cast<float>(sg.dy));
      }
    }
    if (!glyphs.empty()) set_glyphs(r, glyphs);
    r.width = pen[j - 1 - s.begin] + t.chars[j - 1].advance - start;
    out.push_back(std::move(r));
    i = j;
  }
}

struct LineFrame {
  double x0;     ///< pt, where the line's measure starts
  double avail;  ///< pt, the measure
};

LineBox make_line(const ShapedText& t, const LineSpan& s, LineFrame frame, Align align,
                  const Paragraph& p, const DocGrid& grid) {
  double w = t.width(s.begin, s.end);
  double offset = 0, extra = 0;
  switch (align) {
    case Align::Left:
      break;
    case Align::Center:
      offset = std::max(0.0, (frame.avail - w) / 2);
      break;
    case Align::Right:
      offset = std::max(0.0, frame.avail - w);
      break;
    case Align::Justify:
      if (!s.hard_end) extra = frame.avail - w;
      break;
  }
  VerticalMetrics vm = line_metrics(t, s, first_style(p), p.line_spacing, grid);
  LineBox line;
  line.height = vm.pitch;
  const std::vector<double> pen = pen_positions(t, s, extra);
  append_runs(t, s, frame.x0 + offset, pen, vm.baseline, line.runs);
  std::vector<PictureItem> pictures;
  place_pictures(t, s.begin, s.end, frame.x0 + offset, pen, vm.baseline, pictures);
  for (PictureItem& picture : pictures) line.extras.emplace_back(std::move(picture));
  return line;
}

}  // namespace

void shift_down(FrameItem& item, double dy) {
  std::visit(
      [dy](auto& i) {
        using T = std::decay_t<decltype(i)>;
        if constexpr (std::is_same_v<T, Rule>) {
          i.y1 += dy;
          i.y2 += dy;
        } else {
          i.y += dy;
        }
      },
      item);
}

double ParagraphBox::lines_height() const {
  double h = 0;
  for (const LineBox& l : lines) h += l.height;
  return h;
}

double indent_unit(const Paragraph& p, const DocGrid& grid) {
  double size = first_style(p).size_pt;
  return grid.on_char_grid(size) ? grid.char_pitch : size;
}

ParagraphBox layout_paragraph(const Paragraph& p, double left_x, double width, Align align,
                              TextContext& ctx, const DocGrid& grid, double max_picture_height,
                              bool avoid_runt) {
  if (p.rule) return layout_rule_paragraph(p, left_x, width, align, grid);
  double em = indent_unit(p, grid);
  double left = p.left_indent_em * em;
  double first = p.first_line_indent_em * em;
  double measure = width - left - p.right_indent_em * em;

  ParagraphBox box;
  box.space_before = grid.spacing(p.space_before_pt);
  box.space_after = grid.spacing(p.space_after_pt);
  box.keep_with_next = p.keep_with_next;
  box.widow_control = p.widow_control;
  // A window at a time (text_window.h): every line but the window's last is
  // final; the next window starts where that last line starts.
  for (TextWindow window(p.runs, ctx.window_chars);;) {
    ShapedText t = shape_runs(window.runs(), ctx.faces, grid);
    fit_pictures(t, std::min(measure, measure - first), max_picture_height, p.line_spacing, grid);
    double first_width = window.at_start() ? measure - first : measure;
    std::vector<LineSpan> spans =
        ctx.breaker.break_lines(t, first_width, measure, avoid_runt && window.at_end());
    size_t keep = window.at_end() ? spans.size() : spans.size() - 1;
    if (keep == 0 || (!window.at_end() && spans[keep].begin == 0)) {
      window.grow();
      continue;
    }
    for (size_t n = 0; n < keep; ++n) {
      box.split_segment = box.split_segment || spans[n].split;
      double indent = window.at_start() && n == 0 ? first : 0;
      LineFrame frame{left_x + left + indent, measure - indent};
      box.lines.push_back(make_line(t, spans[n], frame, align, p, grid));
    }
    if (window.at_end()) break;
    window.advance(spans[keep].begin);
  }
  return box;
}

}  // namespace formwork
