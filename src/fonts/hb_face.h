#pragma once
// One font face read through HarfBuzz: the file is mapped once (mmap) and
// shared read-only by every record and thread of the process.
#include <hb.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "layout/font_metrics.h"

namespace formwork {

/// Vertical metrics and box of a face in em, as a PDF font descriptor
/// states them (PDF 32000-1 §9.8.1, in 1/1000 em there).
struct FaceMetrics {
  double ascent = 0.88;    ///< hhea/OS/2 ascender, above the baseline
  double descent = -0.12;  ///< descender, negative below the baseline
  double cap_height = 0.7;
  double bbox[4] = {0, -0.12, 1, 0.88};  ///< head table xMin yMin xMax yMax
  double italic_angle = 0;               ///< degrees, counter-clockwise from vertical
};

/// A FontFace over one face of a TrueType-outline font file (.ttf, or one
/// face of a .ttc collection), opened with hb_blob_create_from_file (a
/// read-only mapping of the file) and hb_face_create. Shaping is
/// hb_shape with the face's default features (kern, liga, ccmp, mark,
/// mkmk: Latin kerning, Vietnamese marks composed into precomposed glyphs
/// where the face has them, so NFD and NFC text draw alike). All methods
/// are thread-safe: HarfBuzz fonts are immutable and its caches atomic, and
/// the advance and cmap caches here fill atomically or once.
class HbFace final : public FontFace {
 public:
  /// Opens the face named by `key` (src/fonts/face_key.h). Throws
  /// std::runtime_error when the file cannot be read, the index is out of
  /// range, or the face has no TrueType outlines (glyf/loca).
  explicit HbFace(std::string key);
  ~HbFace() override;
  HbFace(const HbFace&) = delete;
  HbFace& operator=(const HbFace&) = delete;

  const std::string& id() const override { return key_; }
  bool has_glyph(char32_t cp) const override;
  double advance_em(char32_t cp) const override;
  bool is_bold() const override { return bold_; }
  bool is_italic() const override { return italic_; }
  void shape(std::u32string_view text, size_t begin, size_t end,
             std::vector<GlyphPosition>& out) const override;

  /// The nominal glyph of `cp` (cmap), 0 when the face lacks it.
  uint32_t glyph_of(char32_t cp) const;
  /// Number of glyphs (maxp.numGlyphs).
  uint32_t glyph_count() const { return glyph_count_; }
  /// Advance of glyph `gid` in em (hmtx), cached per glyph.
  double glyph_advance_em(uint32_t gid) const override;
  /// The code point that best names `gid` for text extraction: of the
  /// code points the cmap maps to it, one without a decomposition mapping
  /// (so 一 rather than the Kangxi radical ⼀, a space rather than a
  /// no-break space), the smallest of those; 0 when no code point maps to
  /// it (ligatures, .notdef). Built once per face on first use.
  char32_t unicode_of(uint32_t gid) const;

  /// The PostScript name (name ID 6), or the file's stem when it has none;
  /// only characters allowed unescaped in a PDF name are kept.
  const std::string& postscript_name() const { return postscript_name_; }
  const FaceMetrics& metrics() const { return metrics_; }
  /// Underline centre below the baseline (negative, em) and thickness
  /// (em), from the post table.
  double underline_position_em() const { return underline_position_em_; }
  double underline_thickness_em() const { return underline_thickness_em_; }

  /// A face holding only the tables a PDF TrueType font program needs
  /// (glyf, loca, head, hhea, hmtx, maxp, and cvt/fpgm/prep; PDF 32000-1
  /// §9.9): the source hb-subset reads, so it never parses cmap or the
  /// layout tables. Owned by this object.
  hb_face_t* subset_source() const;

 private:
  void read_names_and_metrics();
  void build_unicode_map() const;

  std::string key_;
  hb_blob_t* blob_ = nullptr;
  hb_face_t* face_ = nullptr;
  hb_font_t* font_ = nullptr;
  uint32_t glyph_count_ = 0;
  double upem_ = 1000;
  bool bold_ = false;
  bool italic_ = false;
  std::string postscript_name_;
  FaceMetrics metrics_;
  double underline_position_em_ = -0.1;
  double underline_thickness_em_ = 0.05;
  // Advances in font units per glyph, -1 until first asked.
  std::unique_ptr<std::atomic<int32_t>[]> advances_;
  mutable std::once_flag unicode_once_;
  mutable std::vector<char32_t> unicode_of_gid_;
  mutable std::once_flag subset_once_;
  mutable hb_face_t* subset_source_ = nullptr;
};

}  // namespace formwork
