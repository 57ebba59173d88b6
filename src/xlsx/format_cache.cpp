#include "xlsx/format_cache.h"

#include <xlsxwriter.h>

#include "util/errors.h"
#include "util/forbidden_chars.h"

namespace formwork {
namespace {

constexpr unsigned kShadeColor = 0xD9D9D9;  // Excel's "White, Background 1, Darker 15%"

uint8_t horizontal(Align a) {
  switch (a) {
    case Align::Center:
      return LXW_ALIGN_CENTER;
    case Align::Right:
      return LXW_ALIGN_RIGHT;
    case Align::Justify:
      return LXW_ALIGN_JUSTIFY;
    case Align::Left:
      break;
  }
  return LXW_ALIGN_LEFT;
}

uint8_t vertical(VAlign a) {
  switch (a) {
    case VAlign::Top:
      return LXW_ALIGN_VERTICAL_TOP;
    case VAlign::Bottom:
      return LXW_ALIGN_VERTICAL_BOTTOM;
    case VAlign::Middle:
      break;
  }
  return LXW_ALIGN_VERTICAL_CENTER;
}

}  // namespace

CellFormat format_for_style(const TextStyle& style) {
  CellFormat f;
  f.font_role = style.font_role;
  f.size_pt = style.size_pt;
  f.bold = style.bold;
  f.italic = style.italic;
  f.underline = style.underline;
  f.color = style.color;
  return f;
}

lxw_format* FormatCache::get(const CellFormat& f) {
  auto it = formats_.find(f);
  if (it != formats_.end()) return it->second;
  lxw_format* fmt = create(f);
  formats_.emplace(f, fmt);
  return fmt;
}

lxw_format* FormatCache::create(const CellFormat& f) {
  lxw_format* fmt = workbook_add_format(workbook_);
  if (!fmt) throw IoError("libxlsxwriter: cannot allocate a cell format");
  format_set_font_name(fmt, office_cell_font(f.font_role, overrides_).c_str());
  format_set_font_size(fmt, f.size_pt);
  if (f.bold) format_set_bold(fmt);
  if (f.italic) format_set_italic(fmt);
  if (f.underline) format_set_underline(fmt, LXW_UNDERLINE_SINGLE);
  if (f.color != 0) format_set_font_color(fmt, f.color);
  format_set_align(fmt, horizontal(f.align));
  format_set_align(fmt, vertical(f.valign));
  if (f.wrap) format_set_text_wrap(fmt);
  if (f.border) format_set_border(fmt, LXW_BORDER_THIN);
  if (f.bottom_border) {
    format_set_bottom(fmt, static_cast<uint8_t>(f.bottom_border));
    if (f.bottom_color != 0) format_set_bottom_color(fmt, f.bottom_color);
  }
  if (f.shaded) {
    format_set_pattern(fmt, LXW_PATTERN_SOLID);
    format_set_bg_color(fmt, kShadeColor);
  }
  if (!f.number_format.empty()) format_set_num_format(fmt, clean_text(f.number_format).c_str());
  return fmt;
}

}  // namespace formwork
