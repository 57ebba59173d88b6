#pragma once
// Pages of positioned items: what the layout engine produces and the PDF
// writer paints (Typst's frames). Coordinates are pt from the page's
// top-left corner, y growing downward.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <variant>
#include <vector>

#include "layout/face_id.h"
#include "layout/font_metrics.h"
#include "model/picture.h"
#include "model/units.h"  // kPtPerMm, mm_to_pt for the layout code

namespace formwork {

/// Layout starts a new GlyphRun before a glyph cluster that would begin
/// this many code points or more into the run, so Glyph::cluster fits 16
/// bits (only a line of tens of thousands of characters meets it).
inline constexpr std::size_t kMaxRunCodePoints = 0xFFFF;

/// One shaped glyph of a GlyphRun with its position, as the painter and
/// tests see it (glyphs_of, glyph_positions.h). A run stores less: its
/// GlyphIds and, only when they are not the face's natural advances, the x
/// values (GlyphRun::positions).
struct Glyph {
  /// OpenType glyph id in the run's face (0 = .notdef); 16 bits like every
  /// glyph id of an sfnt font (maxp.numGlyphs is a uint16).
  uint16_t gid = 0;
  uint16_t cluster = 0;  ///< index in the run's code points of the first one it draws
  float x = 0;           ///< pt from the run's origin: pen position + GPOS offset
};

/// A glyph as a GlyphRun stores it: 4 bytes, because a long text is one
/// glyph per character in memory until the page is painted.
struct GlyphId {
  uint16_t gid = 0;      ///< Glyph::gid
  uint16_t cluster = 0;  ///< Glyph::cluster
};

/// A run of glyphs from one face at one size, drawn left to right from its
/// baseline origin (x, y). `text` is UTF-8, the characters the glyphs draw
/// in reading order. `glyph_ids` are the shaped glyphs (HarfBuzz: kerning,
/// composed Vietnamese marks) in logical order, their clusters ascending; a
/// code point belongs to the cluster of the last glyph whose `cluster` is
/// not above it. Their x positions are `positions`, or, when that is
/// empty, the natural ones: each glyph where the advances (hmtx) of `face` put it
/// (natural_glyph_x, glyph_positions.h) — plain text in a narrow column or
/// a long text then costs 4 bytes a glyph instead of 8. A run made by hand
/// may leave `glyph_ids` empty and give `positions` per code point instead (pt, relative
/// to x): each code point is then drawn with its face's nominal glyph at
/// its pen position. Layout gives glyphs (set_glyphs) and leaves
/// `positions` empty or one per glyph, as the glyphs' x already place every character
/// exactly where layout put it (justified and grid-aligned text included).
struct GlyphRun {
  double x = 0;
  double y = 0;  ///< baseline
  FaceId face_id;
  double size_pt = 12;
  unsigned color = 0x000000;
  bool underline = false;
  bool synthetic_bold = false;    ///< stroke the glyphs (face has no bold)
  bool synthetic_italic = false;  ///< slant the glyphs (face has no italic)
  std::string text;
  /// The face face_id names, for the natural positions; null in a run made
  /// by hand (which then gives positions). Faces outlive laid-out pages (the
  /// FontProvider lives for the whole render).
  const FontFace* face = nullptr;
  std::vector<GlyphId> glyph_ids;
  /// pt from the run's origin: one per glyph of glyph_ids, or none when
  /// every glyph sits at its natural position (natural_glyph_x); in a run
  /// without glyph_ids, one per code point of `text` (drawn with its
  /// face's nominal glyph).
  std::vector<float> positions;
  /// pt above the baseline, one per glyph (the GPOS offset of a stacked
  /// mark); empty when every glyph sits on the baseline.
  std::vector<float> glyph_y;
  double width = 0;  ///< advance of the whole run, pt
};

/// A straight line (table border, rule), `width` is the stroke width in pt.
struct Rule {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  unsigned color = 0x000000;
  /// Butt caps: the stroke ends exactly at (x1, y1) and (x2, y2), as a
  /// paragraph rule must (GB/T 9704 separators are exactly as wide as the
  /// 版心). Otherwise projecting square caps, which close table corners.
  bool butt_caps = false;
};

/// A filled rectangle (cell shading).
struct FillRect {
  double x = 0, y = 0, w = 0, h = 0;
  unsigned color = 0xF2F2F2;
};

/// A picture (model/picture.h) in its box: (x, y) is the box's top-left
/// corner, `w` × `h` its size, all pt. The box is the picture's printed
/// size, already scaled down where it had to fit the line or the page; a
/// QR code's box includes its quiet zone. Floating pictures
/// (picture->floating) are painted over everything else on their page.
struct PictureItem {
  double x = 0, y = 0, w = 0, h = 0;
  std::shared_ptr<const Picture> picture;
};

using FrameItem = std::variant<GlyphRun, Rule, FillRect, PictureItem>;

struct Page {
  double width_pt = 595.276;  ///< A4 = 210 mm
  double height_pt = 841.89;  ///< A4 = 297 mm
  std::vector<FrameItem> items;
};

/// Where a writer keeps what it derived from a laid-out document, so that
/// deriving it once serves every file made from the document: the PDF
/// writer keeps each page's content stream here, shared by a record's own
/// PDF and the merged print file. Thread-safe. A copy starts empty, so a
/// copy that is then changed never reuses output made from the original;
/// the document itself must not change once a writer has used it.
class DerivedCache {
 public:
  DerivedCache() = default;
  DerivedCache(const DerivedCache&) {}
  DerivedCache& operator=(const DerivedCache&) {
    std::lock_guard lock(mutex_);
    value_.reset();
    return *this;
  }

  /// The value stored by an earlier call when `accept(value)` holds for
  /// it; otherwise `make()`, stored for later calls.
  template <typename T, typename Accept, typename Make>
  std::shared_ptr<const T> get_or_make(Accept accept, Make make) const {
    std::lock_guard lock(mutex_);
    auto value = std::static_pointer_cast<const T>(value_);
    if (!value || !accept(*value)) {
      value = make();
      value_ = value;
    }
    return value;
  }

 private:
  mutable std::mutex mutex_;
  mutable std::shared_ptr<const void> value_;
};

/// A laid-out document: its pages in order, and its title for metadata.
struct LaidOutDocument {
  std::string title;
  std::vector<Page> pages;
  /// Problems layout met that do not stop it, one line each (e.g. a
  /// character no installed font can draw, naming the code point); the CLI
  /// prints them with the record, and --strict makes them errors.
  std::vector<std::string> warnings;
  /// The PDF writer's painted pages (see DerivedCache).
  DerivedCache pdf_pages;
};

}  // namespace formwork
