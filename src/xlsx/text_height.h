#pragma once
// Row heights for wrapped text. Excel does not grow rows holding merged
// cells by itself, so the writer estimates how many lines a text needs.
#include <string_view>

namespace formwork {

/// Lines `text` needs when wrapped in a cell `avail_px` pixels wide (96 dpi)
/// at `size_pt`: each '\n'-separated line takes at least one line, its
/// width the shared estimate (model/text_estimate.h: half an em per display
/// column) with 5 % slack for word wrapping. Returns ≥ 1.
int estimate_lines(std::string_view text, double size_pt, double avail_px);

}  // namespace formwork
