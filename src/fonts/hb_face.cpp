#include "fonts/hb_face.h"

#include <hb-ot.h>
#include <unicode/uchar.h>

#include <filesystem>
#include <stdexcept>

#include "fonts/face_key.h"

namespace formwork {
namespace {

constexpr hb_tag_t kGlyf = HB_TAG('g', 'l', 'y', 'f');
constexpr hb_tag_t kLoca = HB_TAG('l', 'o', 'c', 'a');
constexpr hb_tag_t kHead = HB_TAG('h', 'e', 'a', 'd');

/// The tables of a TrueType font program in a PDF (PDF 32000-1 §9.9,
/// Table 126); cmap, name, post, OS/2 and the layout tables are not read.
constexpr hb_tag_t kProgramTables[] = {kGlyf,
                                       kLoca,
                                       kHead,
                                       HB_TAG('h', 'h', 'e', 'a'),
                                       HB_TAG('h', 'm', 't', 'x'),
                                       HB_TAG('m', 'a', 'x', 'p'),
                                       HB_TAG('c', 'v', 't', ' '),
                                       HB_TAG('f', 'p', 'g', 'm'),
                                       HB_TAG('p', 'r', 'e', 'p')};

bool has_table(hb_face_t* face, hb_tag_t tag) {
  hb_blob_t* blob = hb_face_reference_table(face, tag);
  const bool present = hb_blob_get_length(blob) > 0;
  hb_blob_destroy(blob);
  return present;
}

/// The head table's glyph bounding box (xMin, yMin, xMax, yMax: four
/// int16 at byte 36, OpenType "head" table) in font units.
bool head_bbox(hb_face_t* face, int out[4]) {
  hb_blob_t* blob = hb_face_reference_table(face, kHead);
  unsigned len = 0;
  const auto* data = reinterpret_cast<const unsigned char*>(hb_blob_get_data(blob, &len));
  const bool ok = len >= 54;
  for (int i = 0; ok && i < 4; ++i) {
    out[i] = static_cast<int16_t>((data[36 + 2 * i] << 8) | data[37 + 2 * i]);
  }
  hb_blob_destroy(blob);
  return ok;
}

/// PDF name characters: regular characters other than delimiters and '#'
/// (PDF 32000-1 §7.3.5), so the name never needs escaping.
std::string pdf_name_chars(const std::string& s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u > 0x20 && u < 0x7F && std::string_view("()<>[]{}/%#").find(c) == std::string_view::npos) {
      out += c;
    }
  }
  return out;
}

/// Lower is a better name for a glyph: code points without a decomposition
/// mapping before those with one (compatibility and canonical singletons:
/// Kangxi radicals, CJK compatibility ideographs, no-break space), private
/// use last.
int unicode_rank(char32_t cp) {
  if ((cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000) return 2;
  return u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_DECOMPOSITION_TYPE) == U_DT_NONE ? 0
                                                                                                : 1;
}

struct BufferDeleter {
  void operator()(hb_buffer_t* b) const { hb_buffer_destroy(b); }
};

/// One shaping buffer per thread, reused: hb_shape allocates nothing once
/// the buffer has grown to the longest paragraph.
hb_buffer_t* thread_buffer() {
  thread_local std::unique_ptr<hb_buffer_t, BufferDeleter> buffer(hb_buffer_create());
  hb_buffer_clear_contents(buffer.get());
  return buffer.get();
}

}  // namespace

HbFace::HbFace(std::string key) : key_(std::move(key)) {
  const FaceRef ref = parse_face_key(key_);
  blob_ = hb_blob_create_from_file_or_fail(ref.path.c_str());
  if (!blob_) throw std::runtime_error("cannot read font file '" + ref.path + "'");
  if (ref.index >= hb_face_count(blob_)) {
    hb_blob_destroy(blob_);
    throw std::runtime_error("font file '" + ref.path + "' has no face " +
                             std::to_string(ref.index));
  }
  face_ = hb_face_create(blob_, ref.index);
  hb_face_make_immutable(face_);
  if (!has_table(face_, kGlyf) || !has_table(face_, kLoca)) {
    hb_face_destroy(face_);
    hb_blob_destroy(blob_);
    throw std::runtime_error("font '" + key_ +
                             "' has no TrueType outlines (glyf); PDF output embeds TrueType "
                             "outlines only (CIDFontType2)");
  }
  font_ = hb_font_create(face_);  // scale = units per em: positions come in font units
  hb_font_make_immutable(font_);
  glyph_count_ = hb_face_get_glyph_count(face_);
  upem_ = hb_face_get_upem(face_);
  advances_ = std::make_unique<std::atomic<int32_t>[]>(glyph_count_ + 1);
  for (uint32_t g = 0; g <= glyph_count_; ++g) advances_[g].store(-1, std::memory_order_relaxed);
  read_names_and_metrics();
}

HbFace::~HbFace() {
  if (subset_source_) hb_face_destroy(subset_source_);
  hb_font_destroy(font_);
  hb_face_destroy(face_);
  hb_blob_destroy(blob_);
}

void HbFace::read_names_and_metrics() {
  bold_ = hb_style_get_value(font_, HB_STYLE_TAG_WEIGHT) >= 600;
  const float slant = hb_style_get_value(font_, HB_STYLE_TAG_SLANT_ANGLE);
  italic_ = hb_style_get_value(font_, HB_STYLE_TAG_ITALIC) > 0 || slant != 0;
  metrics_.italic_angle = slant;

  char name[128];
  unsigned len = sizeof name;
  hb_ot_name_get_utf8(face_, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &len, name);
  postscript_name_ = pdf_name_chars(std::string(name, len));
  if (postscript_name_.empty()) {
    postscript_name_ = pdf_name_chars(std::filesystem::path(parse_face_key(key_).path).stem());
  }
  if (postscript_name_.empty()) postscript_name_ = "Font";

  auto em = [this](hb_ot_metrics_tag_t tag, double& out) {
    hb_position_t v = 0;
    if (hb_ot_metrics_get_position(font_, tag, &v)) out = v / upem_;
  };
  em(HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, metrics_.ascent);
  em(HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, metrics_.descent);
  metrics_.cap_height = metrics_.ascent;
  em(HB_OT_METRICS_TAG_CAP_HEIGHT, metrics_.cap_height);
  int box[4];
  if (head_bbox(face_, box)) {
    for (int i = 0; i < 4; ++i) metrics_.bbox[i] = box[i] / upem_;
  }
  double offset = 0, size = 0;
  em(HB_OT_METRICS_TAG_UNDERLINE_OFFSET, offset);
  em(HB_OT_METRICS_TAG_UNDERLINE_SIZE, size);
  if (size > 0) {
    // post.underlinePosition is the top of the stroke; a stroked line is
    // centred on its path.
    underline_position_em_ = offset - size / 2;
    underline_thickness_em_ = size;
  }
}

uint32_t HbFace::glyph_of(char32_t cp) const {
  hb_codepoint_t gid = 0;
  return hb_font_get_nominal_glyph(font_, cp, &gid) ? gid : 0;
}

bool HbFace::has_glyph(char32_t cp) const { return glyph_of(cp) != 0; }

double HbFace::glyph_advance_em(uint32_t gid) const {
  if (gid >= glyph_count_) gid = 0;
  int32_t units = advances_[gid].load(std::memory_order_relaxed);
  if (units < 0) {
    units = hb_font_get_glyph_h_advance(font_, gid);
    advances_[gid].store(units, std::memory_order_relaxed);
  }
  return units / upem_;
}

double HbFace::advance_em(char32_t cp) const { return glyph_advance_em(glyph_of(cp)); }

void HbFace::shape(std::u32string_view text, size_t begin, size_t end,
                   std::vector<GlyphPosition>& out) const {
  if (begin >= end) return;
  hb_buffer_t* buf = thread_buffer();
  static_assert(sizeof(char32_t) == sizeof(uint32_t));
  hb_buffer_add_utf32(buf, reinterpret_cast<const uint32_t*>(text.data()),
                      static_cast<int>(text.size()), static_cast<unsigned>(begin),
                      static_cast<int>(end - begin));
  hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
  hb_buffer_guess_segment_properties(buf);
  hb_shape(font_, buf, nullptr, 0);
  unsigned n = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
  for (unsigned i = 0; i < n; ++i) {
    out.push_back({info[i].codepoint, info[i].cluster, pos[i].x_advance / upem_,
                   pos[i].x_offset / upem_, pos[i].y_offset / upem_});
  }
}

void HbFace::build_unicode_map() const {
  unicode_of_gid_.assign(glyph_count_, 0);
  hb_set_t* cps = hb_set_create();
  hb_face_collect_unicodes(face_, cps);
  hb_codepoint_t cp = HB_SET_VALUE_INVALID;
  while (hb_set_next(cps, &cp)) {
    const uint32_t gid = glyph_of(cp);
    if (gid == 0 || gid >= glyph_count_) continue;
    char32_t& best = unicode_of_gid_[gid];
    const int rank = unicode_rank(cp);
    if (best == 0 || rank < unicode_rank(best) || (rank == unicode_rank(best) && cp < best)) {
      best = cp;
    }
  }
  hb_set_destroy(cps);
}

char32_t HbFace::unicode_of(uint32_t gid) const {
  std::call_once(unicode_once_, [this] { build_unicode_map(); });
  return gid < unicode_of_gid_.size() ? unicode_of_gid_[gid] : 0;
}

hb_face_t* HbFace::subset_source() const {
  std::call_once(subset_once_, [this] {
    subset_source_ = hb_face_builder_create();
    for (hb_tag_t tag : kProgramTables) {
      hb_blob_t* table = hb_face_reference_table(face_, tag);
      if (hb_blob_get_length(table) > 0) hb_face_builder_add_table(subset_source_, tag, table);
      hb_blob_destroy(table);
    }
    hb_face_make_immutable(subset_source_);
  });
  return subset_source_;
}

}  // namespace formwork
