#pragma once
// Helpers for layout tests: documents with an exact content box, and the
// text lines of a laid-out page read back from its glyph runs.
#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "layout/frame.h"
#include "layout/glyph_positions.h"
#include "model/document.h"

namespace formwork::layout_test {

constexpr double kMargin = 10;  // mm on every side

inline double margin_pt() { return mm_to_pt(kMargin); }

/// A document whose content box is `w` × `h` pt.
inline Document doc_with_box(double w, double h = 600) {
  Document d;
  d.page.margin_top_mm = d.page.margin_bottom_mm = kMargin;
  d.page.margin_left_mm = d.page.margin_right_mm = kMargin;
  d.page.width_mm = 2 * kMargin + w / kPtPerMm;
  d.page.height_mm = 2 * kMargin + h / kPtPerMm;
  return d;
}

inline Paragraph para(const std::string& text, double size = 12, Align align = Align::Left) {
  Paragraph p;
  Run r;
  r.text = text;
  r.style.size_pt = size;
  p.runs.push_back(r);
  p.align = align;
  return p;
}

inline std::vector<GlyphRun> runs_of(const Page& page) {
  std::vector<GlyphRun> out;
  for (const FrameItem& item : page.items) {
    if (const auto* g = std::get_if<GlyphRun>(&item)) out.push_back(*g);
  }
  return out;
}

/// The pen position (pt from the run's x) of each code point of a run: its
/// positions when it has no glyphs (a run made by hand), else the x of the first
/// glyph of the code point's cluster (layout's runs; the fake fonts have no
/// GPOS offsets, so that x is the pen position).
inline std::vector<float> pens(const GlyphRun& run) {
  if (run.glyph_ids.empty() && !run.positions.empty()) return run.positions;
  size_t n = 0;
  for (unsigned char c : run.text) n += (c & 0xC0) != 0x80;
  std::vector<float> out(n, 0);
  const std::vector<Glyph> glyphs = glyphs_of(run);
  size_t g = 0;
  for (size_t i = 0; i < n; ++i) {
    while (g + 1 < glyphs.size() && glyphs[g + 1].cluster <= i) ++g;
    if (!glyphs.empty()) out[i] = glyphs[g].x;
  }
  return out;
}

template <class T>
std::vector<T> items_of(const Page& page) {
  std::vector<T> out;
  for (const FrameItem& item : page.items) {
    if (const auto* g = std::get_if<T>(&item)) out.push_back(*g);
  }
  return out;
}

/// A visual line: runs sharing a baseline, left to right.
struct TextLine {
  double y = 0;      ///< baseline
  double x = 0;      ///< left edge of the first run
  double right = 0;  ///< right edge of the last run
  std::string text;
  std::vector<GlyphRun> runs;
};

inline std::vector<TextLine> lines_of(const Page& page) {
  std::map<long long, std::vector<GlyphRun>> by_y;
  for (const GlyphRun& g : runs_of(page)) by_y[std::llround(g.y * 1e4)].push_back(g);
  std::vector<TextLine> out;
  for (auto& [key, runs] : by_y) {
    std::sort(runs.begin(), runs.end(),
              [](const GlyphRun& a, const GlyphRun& b) { return a.x < b.x; });
    TextLine l;
    l.y = runs.front().y;
    l.x = runs.front().x;
    l.right = runs.back().x + runs.back().width;
    for (const GlyphRun& g : runs) l.text += g.text;
    l.runs = runs;
    out.push_back(l);
  }
  return out;
}

/// Every line of every page, in reading order.
inline std::vector<std::string> all_text(const LaidOutDocument& doc) {
  std::vector<std::string> out;
  for (const Page& p : doc.pages) {
    for (const TextLine& l : lines_of(p)) out.push_back(l.text);
  }
  return out;
}

/// n copies of the same Han character.
inline std::string han(int n, const std::string& ch = "汉") {
  std::string s;
  for (int i = 0; i < n; ++i) s += ch;
  return s;
}

}  // namespace formwork::layout_test
