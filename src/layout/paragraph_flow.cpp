#include "layout/paragraph_flow.h"

#include <algorithm>

namespace formwork {

namespace {

constexpr double kEps = 1e-6;  // pt
constexpr size_t kMinLinesAtBreak = 2;
constexpr size_t kMinLinesForSplit = 2 * kMinLinesAtBreak;

// How many lines from `from` fit into `room` pt.
size_t lines_fitting(const ParagraphBox& box, size_t from, double room) {
  size_t k = 0;
  double h = 0;
  for (size_t i = from; i < box.lines.size(); ++i) {
    h += box.lines[i].height;
    if (h > room + kEps) break;
    ++k;
  }
  return k;
}

// Reduces `k` (lines that fit before a page break, fewer than the lines
// left) so neither side of the break is a lone line.
size_t widow_orphan_limit(const ParagraphBox& box, size_t from, size_t k) {
  size_t n = box.lines.size();
  if (!box.widow_control) return k;
  if (n < kMinLinesForSplit) return from == 0 ? 0 : k;
  size_t rest = n - from;
  if (rest - k < kMinLinesAtBreak) k = rest >= kMinLinesAtBreak ? rest - kMinLinesAtBreak : 0;
  if (from == 0 && k < kMinLinesAtBreak) k = 0;
  return k;
}

void place_lines(ParagraphBox& box, size_t from, size_t count, PageFlow& flow) {
  for (size_t i = from; i < from + count; ++i) {
    emit_line(box.lines[i], flow.cursor(), flow);
    flow.advance(box.lines[i].height);
    flow.mark_placed();
  }
}

}  // namespace

void emit_line(LineBox& line, double top, PageFlow& flow) {
  for (GlyphRun& run : line.runs) {
    run.y += top;
    flow.add(std::move(run));
  }
  for (FrameItem& item : line.extras) {
    shift_down(item, top);
    flow.add(std::move(item));
  }
  // Assigning {} would keep the capacity (initializer_list assignment):
  // swap with empty vectors so a long paragraph's placed lines free their
  // runs while later lines are still being placed.
  std::vector<GlyphRun>().swap(line.runs);
  std::vector<FrameItem>().swap(line.extras);
}

double paragraph_lead_height(const ParagraphBox& box) {
  size_t n = box.lines.size();
  size_t keep = !box.widow_control ? 1 : n < kMinLinesForSplit ? n : kMinLinesAtBreak;
  double h = box.space_before;
  for (size_t i = 0; i < std::min(keep, n); ++i) h += box.lines[i].height;
  return h;
}

void place_paragraph(ParagraphBox& box, double keep_need, PageFlow& flow) {
  if (keep_need > 0 && !flow.at_top()) {
    double body = box.lines_height() + box.space_after + keep_need;
    if (box.space_before + body > flow.remaining() + kEps && body <= flow.content_height() + kEps) {
      flow.new_page(true);
    }
  }
  if (!(flow.at_top() && flow.started_by_overflow())) flow.advance(box.space_before);
  size_t n = box.lines.size();
  size_t i = 0;
  while (i < n) {
    size_t k = lines_fitting(box, i, flow.remaining());
    if (k == n - i) {
      place_lines(box, i, k, flow);
      break;
    }
    k = widow_orphan_limit(box, i, k);
    if (k == 0 && flow.at_top()) k = std::max<size_t>(1, lines_fitting(box, i, flow.remaining()));
    place_lines(box, i, k, flow);
    i += k;
    flow.new_page(true);
  }
  flow.advance(box.space_after);
  if (box.snap_after) flow.snap_nearest();
}

}  // namespace formwork
