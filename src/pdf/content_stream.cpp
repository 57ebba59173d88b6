#include "pdf/content_stream.h"

#include <charconv>
#include <cmath>
#include <stdexcept>

namespace formwork {
namespace {

constexpr int kCoordDecimals = 3;  // pt: 1/1000 pt
constexpr int kColorDecimals = 3;
constexpr int kAdjustDecimals = 2;  // TJ: 1/100 000 em
constexpr int kMatrixDecimals = 4;  // cm scale: 1/10,000 of a unit

const char kHex[] = "0123456789ABCDEF";

}  // namespace

void ContentStream::num(double v, int decimals) {
  static constexpr double kScale[] = {1, 10, 100, 1000, 10000};
  const double scale = kScale[decimals];
  v = std::round(v * scale) / scale;
  if (v == 0) v = 0;  // no "-0"
  char buf[40];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
  if (ec != std::errc()) throw std::runtime_error("cannot format a PDF number");
  char* last = end;
  if (decimals > 0) {
    while (last[-1] == '0') --last;
    if (last[-1] == '.') --last;
  }
  if (!out_.empty() && out_.back() != '\n' && out_.back() != '[' && out_.back() != '>') {
    out_ += ' ';
  }
  out_.append(buf, last);
}

void ContentStream::op(std::string_view name) {
  out_ += ' ';
  out_ += name;
  out_ += '\n';
}

void ContentStream::fill_color(unsigned rgb) {
  if (state_.fill == rgb) return;
  state_.fill = rgb;
  for (int shift : {16, 8, 0}) num(((rgb >> shift) & 0xFF) / 255.0, kColorDecimals);
  op("rg");
}

void ContentStream::stroke_style(unsigned rgb, double width, int cap) {
  if (state_.stroke != rgb) {
    state_.stroke = rgb;
    for (int shift : {16, 8, 0}) num(((rgb >> shift) & 0xFF) / 255.0, kColorDecimals);
    op("RG");
  }
  if (state_.width != width) {
    state_.width = width;
    num(width, kCoordDecimals);
    op("w");
  }
  if (state_.cap != cap) {
    state_.cap = cap;
    num(cap, 0);
    op("J");
  }
}

void ContentStream::line(double x1, double y1, double x2, double y2) {
  num(x1, kCoordDecimals);
  num(y1, kCoordDecimals);
  op("m");
  num(x2, kCoordDecimals);
  num(y2, kCoordDecimals);
  op("l S");
}

void ContentStream::fill_rect(double x, double y, double w, double h) {
  for (double v : {x, y, w, h}) num(v, kCoordDecimals);
  op("re f");
}

void ContentStream::fill_gray(double level) {
  state_.fill = -1;
  num(level, kColorDecimals);
  op("g");
}

void ContentStream::rect(double x, double y, double w, double h) {
  for (double v : {x, y, w, h}) num(v, kCoordDecimals);
  op("re");
}

void ContentStream::fill() { out_ += "f\n"; }

void ContentStream::transform(double a, double b, double c, double d, double e, double f) {
  for (double v : {a, b, c, d}) num(v, kMatrixDecimals);
  for (double v : {e, f}) num(v, kCoordDecimals);
  op("cm");
}

void ContentStream::draw_image(std::string_view name, double x, double y, double w, double h) {
  save();
  for (double v : {w, 0.0, 0.0, h, x, y}) num(v, kCoordDecimals);
  op("cm");
  out_ += '/';
  out_ += name;
  op("Do");
  restore();
}

void ContentStream::save() {
  if (depth_ == 8) throw std::logic_error("ContentStream: q nested too deep");
  saved_[depth_++] = state_;
  out_ += "q\n";
}

void ContentStream::restore() {
  if (depth_ == 0) throw std::logic_error("ContentStream: Q without q");
  state_ = saved_[--depth_];
  out_ += "Q\n";
}

void ContentStream::begin_text(std::string_view font, double size, double x, double y,
                               double shear) {
  out_ += "BT\n/";
  out_ += font;
  num(size, kCoordDecimals);
  op("Tf");
  if (shear != 0) {
    out_ += "1 0";
    num(shear, 4);
    out_ += " 1";
    num(x, kCoordDecimals);
    num(y, kCoordDecimals);
    op("Tm");
  } else {
    num(x, kCoordDecimals);
    num(y, kCoordDecimals);
    op("Td");
  }
}

void ContentStream::end_text() {
  end_show();
  out_ += "ET\n";
}

void ContentStream::text_render_mode(int mode) {
  num(mode, 0);
  op("Tr");
}

void ContentStream::text_rise(double rise) {
  end_show();
  num(rise, kCoordDecimals);
  op("Ts");
}

void ContentStream::show_glyph(uint32_t cid, double adjust) {
  if (!in_show_) {
    out_ += '[';
    in_show_ = true;
  }
  if (adjust != 0) {
    if (in_string_) out_ += '>';
    in_string_ = false;
    num(adjust, kAdjustDecimals);
  }
  if (!in_string_) out_ += '<';
  in_string_ = true;
  for (int shift : {12, 8, 4, 0}) out_ += kHex[(cid >> shift) & 15];
}

void ContentStream::end_show() {
  if (!in_show_) return;
  if (in_string_) out_ += '>';
  out_ += "]TJ\n";
  in_show_ = in_string_ = false;
}

void ContentStream::begin_actual_text(const std::u16string& text) {
  end_show();
  out_ += "/Span<</ActualText<FEFF";
  for (char16_t u : text) {
    for (int shift : {12, 8, 4, 0}) out_ += kHex[(u >> shift) & 15];
  }
  out_ += ">>>BDC\n";
}

void ContentStream::end_marked_content() {
  end_show();
  out_ += "EMC\n";
}

}  // namespace formwork
