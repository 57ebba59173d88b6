#include "layout/table_flow.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "layout/paragraph_flow.h"
#include "layout/table_carry.h"

namespace formwork {

namespace {

constexpr double kEps = 1e-6;       // pt
constexpr double kRuleWidth = 0.5;  // pt
constexpr unsigned kShade = 0xF2F2F2;

// A horizontal band of the table drawn on one page: cell rectangles
// clipped to [s, c), content lines whose top is in [s, n) (n ≤ c; lines
// from n on continue on the next page).
struct Band {
  double s = 0;
  double c = 0;
  double n = 0;
  double page_top = 0;  ///< page y of the band's top edge
  double lead = 0;      ///< pt between the top edge and content at s

  double page_y(double y) const { return page_top + lead + (y - s); }
};

// Collects border segments and merges collinear overlapping ones, so edges
// shared by neighbouring cells are painted once.
class RuleSet {
 public:
  void horizontal(double y, double x1, double x2) { add(h_, y, x1, x2); }
  void vertical(double x, double y1, double y2) { add(v_, x, y1, y2); }

  void emit(PageFlow& flow) const {
    for (const auto& [key, line] : h_) {
      double y = line.first;
      for (const auto& [a, b] : merged(line.second)) flow.add(Rule{a, y, b, y, kRuleWidth, 0});
    }
    for (const auto& [key, line] : v_) {
      double x = line.first;
      for (const auto& [a, b] : merged(line.second)) flow.add(Rule{x, a, x, b, kRuleWidth, 0});
    }
  }

 private:
  using Spans = std::vector<std::pair<double, double>>;
  // Keyed by the coordinate rounded to 1/1000 pt so float noise cannot
  // split one line into two; the value keeps the first exact coordinate.
  using Lines = std::map<long long, std::pair<double, Spans>>;

  static void add(Lines& lines, double at, double a, double b) {
    auto it = lines.try_emplace(std::llround(at * 1000), at, Spans{}).first;
    it->second.second.emplace_back(std::min(a, b), std::max(a, b));
  }

  static Spans merged(Spans spans) {
    std::sort(spans.begin(), spans.end());
    Spans out;
    for (const auto& s : spans) {
      if (!out.empty() && s.first <= out.back().second + kEps) {
        out.back().second = std::max(out.back().second, s.second);
      } else {
        out.push_back(s);
      }
    }
    return out;
  }

  Lines h_;
  Lines v_;
};

// Index of the first of `cell`'s lines whose top is at or below y − kEps.
// Lines are in reading order, so their tops ascend: a page's lines are found
// without walking the ones before them (a cell holding a long text spans
// many pages).
size_t first_line_from(const CellBox& cell, double y) {
  auto it = std::lower_bound(cell.lines.begin(), cell.lines.end(), y - kEps,
                             [](const CellLine& l, double v) { return l.top < v; });
  return static_cast<size_t>(it - cell.lines.begin());
}

// True when a row boundary crosses the cell (a rowspan cell).
bool spans_rows(const TableBox& t, const CellBox& cell) {
  return std::any_of(t.row_top.begin(), t.row_top.end(),
                     [&](double y) { return y > cell.y0 + kEps && y < cell.y1 - kEps; });
}

// Adds one cell line's glyph runs, rules and pictures with its top at page
// y `y`; `l`'s runs are left empty when `take` (a line that is drawn only
// once).
void emit_line(CellLine& l, double y, std::vector<FrameItem>& text, bool take = false) {
  for (GlyphRun& line_run : l.line.runs) {
    GlyphRun run = take ? std::move(line_run) : line_run;
    run.y += y;
    text.push_back(std::move(run));
  }
  if (take) std::vector<GlyphRun>().swap(l.line.runs);  // = {} would keep the capacity
  for (FrameItem item : l.line.extras) {
    shift_down(item, y);
    text.push_back(std::move(item));
  }
}

// A row-spanning cell split by a page break: when its lines fit in the part
// a page shows (a label such as 产出指标), that part shows all of them,
// placed in the part as the cell's vertical alignment placed them in the
// whole cell — every page's part is labelled and no label is left at a
// page's foot. False (nothing drawn) when they do not fit the part.
bool draw_in_part(CellBox& cell, double top, double bottom, double padding,
                  std::vector<FrameItem>& text) {
  if (cell.lines.empty()) return false;
  const double first = cell.lines.front().top;
  const CellLine& last = cell.lines.back();
  const double content = last.top - first + last.line.height;
  const double part_room = bottom - top - 2 * padding;
  if (content > part_room + kEps) return false;
  const double slack = cell.y1 - cell.y0 - 2 * padding - content;
  const double where =
      slack > kEps ? std::clamp((first - cell.y0 - padding) / slack, 0.0, 1.0) : 0.0;
  const double y = top + padding + where * (part_room - content);
  for (CellLine& l : cell.lines) emit_line(l, y + (l.top - first), text);
  return true;
}

// Draws the part of `t` that `band` shows. `body`: a band of body rows
// (not the header repeated on each page), whose lines are drawn only once
// unless their cell spans rows.
void draw_band(TableBox& t, const Band& band, PageFlow& flow, bool body) {
  RuleSet rules;
  std::vector<FrameItem> fills;
  std::vector<FrameItem> text;  // glyph runs and rule paragraphs of the cells
  for (CellBox& cell : t.cells) {
    if (cell.y0 >= band.c - kEps || cell.y1 <= band.s + kEps) continue;
    double top = cell.y0 >= band.s - kEps ? band.page_y(cell.y0) : band.page_top;
    double bottom = band.page_y(std::min(cell.y1, band.c));
    if (cell.shaded) fills.push_back(FillRect{cell.x, top, cell.w, bottom - top, kShade});
    if (t.borders) {
      rules.horizontal(top, cell.x, cell.x + cell.w);
      rules.horizontal(bottom, cell.x, cell.x + cell.w);
      rules.vertical(cell.x, top, bottom);
      rules.vertical(cell.x + cell.w, top, bottom);
    }
    const bool whole = cell.y0 >= band.s - kEps && cell.y1 <= band.c + kEps;
    // A split rowspan cell whose lines do not fit the part draws those that
    // fall in this band, as any cell does.
    if (!whole && spans_rows(t, cell) && draw_in_part(cell, top, bottom, t.padding, text)) {
      continue;
    }
    const bool once = body && !cell.repeats && !spans_rows(t, cell);
    size_t i = first_line_from(cell, band.s);
    for (; i < cell.lines.size(); ++i) {
      CellLine& l = cell.lines[i];
      if (l.top >= band.n - kEps) break;
      emit_line(l, band.page_y(l.top), text, once);
    }
    // Lines drawn once are not looked at again (later bands start at
    // band.n): a cell holding a long text frees its line boxes page by
    // page instead of when the table ends.
    if (once) cell.lines.erase(cell.lines.begin(), cell.lines.begin() + static_cast<long>(i));
  }
  // Painting order: shading behind content, borders last.
  for (FrameItem& f : fills) flow.add(std::move(f));
  for (FrameItem& g : text) flow.add(std::move(g));
  rules.emit(flow);
}

// Top of the first content line crossing `y` (strictly), or `y` if none.
double first_straddler_top(const TableBox& t, double from, double y) {
  double top = y;
  for (const CellBox& cell : t.cells) {
    for (size_t i = first_line_from(cell, from); i < cell.lines.size(); ++i) {
      const CellLine& l = cell.lines[i];
      if (l.top >= y - kEps) break;
      if (l.top + l.line.height > y + kEps) top = std::min(top, l.top);
    }
  }
  return top;
}

struct Cut {
  double c;  ///< band end
  double n;  ///< where the next band starts
};

// Chooses where the band starting at `s` ends when `room` pt are free below
// its content start and a fresh page would give `fresh_room`. Returns false
// when nothing should go on this page: the page already has content and the
// next group (rows tied together by rowspans) would fit a fresh page whole.
// A group taller than a page is split at row boundaries from here on
// instead of leaving this page's room empty.
bool choose_cut(const TableBox& t, double s, double room, double fresh_room, bool fresh, Cut& cut) {
  double limit = s + room;
  for (auto it = t.group_ends.rbegin(); it != t.group_ends.rend(); ++it) {
    if (*it > s + kEps && *it <= limit + kEps) {
      cut = {*it, *it};
      return true;
    }
  }
  auto next_group = std::upper_bound(t.group_ends.begin(), t.group_ends.end(), s + kEps);
  double group_end = next_group == t.group_ends.end() ? t.height() : *next_group;
  if (!fresh && group_end - s <= fresh_room + kEps) return false;
  for (auto it = t.row_top.rbegin(); it != t.row_top.rend(); ++it) {
    if (*it > s + kEps && *it <= limit + kEps && first_straddler_top(t, s, *it) >= *it) {
      cut = {*it, *it};
      return true;
    }
  }
  if (limit <= s + kEps) {  // no room at all: overflow with the next row
    auto next = std::upper_bound(t.row_top.begin(), t.row_top.end(), s + kEps);
    double c = next == t.row_top.end() ? t.height() : *next;
    cut = {c, c};
    return true;
  }
  double n = first_straddler_top(t, s, limit);
  cut = {limit, n > s + kEps ? n : limit};  // a line taller than a page overflows
  return true;
}

// The header repeated on a page whose body starts at `s`: the last run of
// header rows already drawn above `s`, else the top run when it repeats;
// none when the page starts with a run of its own or the run would take
// more than half the page.
std::pair<double, double> repeated_header(const TableBox& t, double s, double content_height,
                                          bool top_repeats) {
  std::pair<double, double> head{0, top_repeats ? t.header_height : 0};
  for (const auto& run : t.later_headers) {
    if (std::abs(run.first - s) <= kEps) return {0, 0};
    if (run.second <= s + kEps) head = run;
  }
  if (head.second - head.first > content_height / 2) return {0, 0};
  return head;
}

// The 续表 caption (copied: it is drawn on every continuation page) with
// its top at page y `top`.
void draw_caption(const TableBox& t, double top, PageFlow& flow) {
  for (const CellLine& l : t.caption) {
    LineBox copy = l.line;
    formwork::emit_line(copy, top + l.top, flow);
  }
}

// A 过次页 or 承前页 row with the totals of the body rows above table y
// `upto`, its top at page y `top`.
void draw_carry_row(const TableBox& t, const std::string& label, double upto, double top,
                    PageFlow& flow, TextContext& ctx) {
  TableBox row = carry_row(t, label, carried_totals(t, upto), ctx, t.carry_height);
  draw_band(row, Band{0, row.height(), row.height(), top, 0}, flow, true);
}

}  // namespace

double table_lead_height(const TableBox& t) {
  for (double g : t.group_ends) {
    if (g > t.header_height + kEps) return g;
  }
  return t.height();
}

void place_table(TableBox& t, PageFlow& flow, TextContext& ctx) {
  // The top run is drawn as body rows when it is the whole table or would
  // take more than half a page on each.
  const bool top_repeats =
      t.header_height < t.height() - kEps && t.header_height <= flow.content_height() / 2;
  double s = top_repeats ? t.header_height : 0;
  const double over = t.carry ? t.carry_height : 0;
  bool continuation = false;  // on a page after the table's first
  while (s < t.height() - kEps) {
    auto [h0, h1] = repeated_header(t, s, flow.content_height(), top_repeats);
    const double head = h1 - h0;
    const double above = continuation ? t.caption_height : 0;
    const double carried = continuation ? over : 0;
    const double lead = t.is_row_boundary(s) ? 0 : t.padding;
    const double fixed = above + head + carried + lead;
    Cut cut{};
    bool fits = choose_cut(t, s, flow.remaining() - fixed, flow.content_height() - fixed,
                           flow.at_top(), cut);
    // A table going on to the next page ends this one with its 过次页 row.
    if (fits && over > 0 && cut.n < t.height() - kEps) {
      fits = choose_cut(t, s, flow.remaining() - fixed - over, flow.content_height() - fixed - over,
                        flow.at_top(), cut);
    }
    if (!fits) {
      flow.new_page(true);
      continue;
    }
    const bool continues = cut.n < t.height() - kEps;
    double y = flow.cursor();
    if (above > 0) draw_caption(t, y, flow);
    y += above;
    if (head > 0) draw_band(t, Band{h0, h1, h1, y, 0}, flow, false);
    y += head;
    if (carried > 0) draw_carry_row(t, t.carry->carried, s, y, flow, ctx);
    y += carried;
    draw_band(t, Band{s, cut.c, cut.n, y, lead}, flow, true);
    y += lead + (cut.c - s);
    if (continues && over > 0) {
      draw_carry_row(t, t.carry->over, cut.c, y, flow, ctx);
      y += over;
    }
    flow.advance(y - flow.cursor());
    flow.mark_placed();
    s = cut.n;
    if (continues) {
      flow.new_page(true);
      continuation = true;
    }
  }
}

}  // namespace formwork
