#pragma once
// The operators of a page content stream (PDF 32000-1 §8, §9), written
// compactly: numbers in the shortest decimal form at a fixed precision.
#include <cstdint>
#include <string>
#include <string_view>

namespace formwork {

/// A content stream under construction. Graphics state the stream sets
/// (fill and stroke colour, line width, line cap) is tracked, so an
/// operator is written only when the value changes; save()/restore() keep
/// the tracking in step with q/Q.
class ContentStream {
 public:
  /// rg: the fill colour (0xRRGGBB), for text and filled shapes.
  void fill_color(unsigned rgb);
  /// RG / w / J: stroke colour, line width (pt), line cap (0 butt, 2
  /// projecting square, §8.4.3.3).
  void stroke_style(unsigned rgb, double width, int cap);
  /// m l S: one straight stroked line.
  void line(double x1, double y1, double x2, double y2);
  /// re f: a filled rectangle from (x, y), y up.
  void fill_rect(double x, double y, double w, double h);
  /// g: the fill colour as a DeviceGray level, 0 black … 1 white (§8.6.8);
  /// a later fill_color() is always written.
  void fill_gray(double level);
  /// re: adds a rectangle from (x, y), y up, to the current path.
  void rect(double x, double y, double w, double h);
  /// f: fills the current path (nonzero winding, §8.5.3.3): rectangles
  /// added by rect() and filled at once leave no seam where they touch.
  void fill();
  /// cm: concatenates [a b c d e f] to the current transformation matrix
  /// (§8.3.4); a–d at 1/10,000, e and f (pt) at 1/1000 pt.
  void transform(double a, double b, double c, double d, double e, double f);
  /// q, cm, Do, Q: paints image XObject resource `name` into the box from
  /// (x, y), y up, `w` × `h` pt: an image fills the unit square of the user
  /// space the cm matrix [w 0 0 h x y] maps onto the box (§8.9.4, §8.10.1).
  void draw_image(std::string_view name, double x, double y, double w, double h);
  /// q / Q
  void save();
  void restore();

  /// BT, Tf and the text matrix: a text object drawing with font resource
  /// `font` at `size` pt from (x, y); `shear` ≠ 0 slants the glyphs (Tm
  /// "1 0 shear 1 x y"), else Td.
  void begin_text(std::string_view font, double size, double x, double y, double shear);
  /// ET
  void end_text();
  /// Tr: 0 fill, 2 fill and stroke (synthetic bold).
  void text_render_mode(int mode);
  /// Ts: text rise in pt (a mark raised above or below the baseline).
  void text_rise(double rise);
  /// Starts a TJ array (§9.4.3) if none is open, then adds a kerning
  /// adjustment in thousandths of text space (positive moves left) when
  /// `adjust` ≠ 0, then the 2-byte code `cid`.
  void show_glyph(uint32_t cid, double adjust);
  /// Closes the open TJ array, if any.
  void end_show();
  /// /Span <</ActualText …>> BDC (§14.9.4): the characters the following
  /// glyphs stand for, as a UTF-16BE string, until end_marked_content().
  void begin_actual_text(const std::u16string& text);
  /// EMC
  void end_marked_content();

  const std::string& bytes() const { return out_; }

 private:
  void num(double v, int decimals);
  void op(std::string_view name);

  std::string out_;
  bool in_show_ = false;
  bool in_string_ = false;
  // Tracked state; -1 / NaN-like sentinels mean "not set in this scope".
  struct State {
    long long fill = 0;  // black is the initial fill and stroke colour (§8.4.1); -1 unknown
    long long stroke = 0;
    double width = 1;
    int cap = 0;
  };
  State state_;
  State saved_[8];
  int depth_ = 0;
};

}  // namespace formwork
