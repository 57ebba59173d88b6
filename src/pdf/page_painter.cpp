#include "pdf/page_painter.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "layout/glyph_positions.h"
#include "pdf/cid_font.h"
#include "pdf/content_stream.h"
#include "pdf/md5.h"
#include "pdf/pdf_file.h"
#include "pdf/qr_painter.h"
#include "util/utf8.h"

namespace formwork {
namespace {

constexpr double kItalicShear = 0.2126;        // tan 12°, the usual synthetic oblique
constexpr double kBoldStrokePerPt = 1 / 30.0;  // stroke width per pt of font size
constexpr double kPositionTolerancePt = 0.01;
constexpr int kSquareCap = 2, kButtCap = 0;

bool is_control(char32_t cp) { return u_charType(static_cast<UChar32>(cp)) == U_CONTROL_CHAR; }

/// For a run made by hand (no shaped glyphs): each code point's nominal
/// glyph at its position (GlyphRun::positions).
std::vector<Glyph> nominal_glyphs(const GlyphRun& run, const std::u32string& cps,
                                  const HbFace& face) {
  std::vector<Glyph> out;
  double pen = 0;
  for (size_t i = 0; i < cps.size(); ++i) {
    const double x = run.positions.size() == cps.size() ? run.positions[i] : pen;
    pen = x + face.advance_em(cps[i]) * run.size_pt;
    if (!is_control(cps[i]))
      out.push_back({static_cast<uint16_t>(face.glyph_of(cps[i])), static_cast<uint16_t>(i),
                     static_cast<float>(x)});
  }
  return out;
}

std::u32string nfc(const std::u32string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString s;
  for (char32_t cp : text) s.append(static_cast<UChar32>(cp));
  const icu::UnicodeString out = U_SUCCESS(status) ? n->normalize(s, status) : s;
  std::u32string r;
  for (int32_t i = 0; i < out.length(); i = out.moveIndex32(i, 1))
    r += static_cast<char32_t>(out.char32At(i));
  return r;
}

/// True when the glyphs' ToUnicode texts (HbFace::unicode_of) do not spell
/// `text` (compared in NFC), so the cluster needs an ActualText.
bool needs_actual_text(const HbFace& face, const Glyph* glyphs, size_t n,
                       const std::u32string& text) {
  if (n == 1 && text.size() == 1 && face.unicode_of(glyphs[0].gid) == text[0]) return false;
  std::u32string shown;
  for (size_t i = 0; i < n; ++i) {
    const char32_t cp = face.unicode_of(glyphs[i].gid);
    if (cp == 0) return true;
    shown += cp;
  }
  return nfc(shown) != nfc(text);
}

std::u16string utf16(const std::u32string& text) {
  std::u16string out;
  for (char32_t cp : text) {
    if (cp > 0xFFFF) {
      out += static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
      out += static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      out += static_cast<char16_t>(cp);
    }
  }
  return out;
}

/// The characters of cluster [from, to) without controls.
std::u32string cluster_text(const std::u32string& cps, size_t from, size_t to) {
  std::u32string out;
  for (size_t i = from; i < std::min(to, cps.size()); ++i) {
    if (!is_control(cps[i])) out += cps[i];
  }
  return out;
}

class PagePainter {
 public:
  explicit PagePainter(FontEngine& fonts) : fonts_(fonts) {}

  PaintedPage paint(const Page& page) {
    page_h_ = page.height_pt;
    cs_.stroke_style(0, 1, kSquareCap);
    bool floating = false;
    for (const FrameItem& item : page.items) {
      if (const auto* fill = std::get_if<FillRect>(&item)) {
        cs_.fill_color(fill->color);
        cs_.fill_rect(fill->x, page_h_ - fill->y - fill->h, fill->w, fill->h);
      } else if (const auto* rule = std::get_if<Rule>(&item)) {
        cs_.stroke_style(rule->color, rule->width, rule->butt_caps ? kButtCap : kSquareCap);
        cs_.line(rule->x1, page_h_ - rule->y1, rule->x2, page_h_ - rule->y2);
      } else if (const auto* picture = std::get_if<PictureItem>(&item)) {
        if (picture->picture->floating) {
          floating = true;
        } else {
          paint_picture(*picture);
        }
      } else {
        paint_run(std::get<GlyphRun>(item));
      }
    }
    if (floating) paint_floating(page);
    PaintedPage out;
    out.width_pt = page.width_pt;
    out.height_pt = page.height_pt;
    out.content = deflate(cs_.bytes());
    for (FontUse& use : uses_) {
      std::sort(use.gids.begin(), use.gids.end());
      use.gids.erase(std::unique(use.gids.begin(), use.gids.end()), use.gids.end());
      use.gids.shrink_to_fit();  // a page holds thousands of glyphs, a few hundred distinct
    }
    out.fonts = std::move(uses_);
    out.images = std::move(images_);
    return out;
  }

 private:
  // Over everything else: a floating picture is drawn over the text.
  void paint_floating(const Page& page) {
    for (const FrameItem& item : page.items) {
      const auto* picture = std::get_if<PictureItem>(&item);
      if (picture && picture->picture->floating) paint_picture(*picture);
    }
  }

  void paint_picture(const PictureItem& item) {
    if (item.w <= 0 || item.h <= 0) return;  // nothing to see
    if (item.picture->is_qr_code()) {
      paint_qr_code(cs_, item, page_h_);
      return;
    }
    const ImageStreams& image = image_of(*item.picture);
    cs_.draw_image(image.name, item.x, page_h_ - item.y - item.h, item.w, item.h);
  }

  // The image streams of `picture`, listed once per page.
  const ImageStreams& image_of(const Picture& picture) {
    auto it = image_index_.find(picture.data.get());
    if (it == image_index_.end()) {
      std::shared_ptr<const ImageStreams> streams = image_streams(picture);
      auto same = std::find_if(images_.begin(), images_.end(),
                               [&](const auto& s) { return s->key == streams->key; });
      if (same == images_.end()) same = images_.insert(images_.end(), std::move(streams));
      it = image_index_.emplace(picture.data.get(), same - images_.begin()).first;
    }
    return *images_[it->second];
  }

  FontUse& use_of(const HbFace& face) {
    auto it = use_index_.find(&face);
    if (it == use_index_.end()) {
      it = use_index_.emplace(&face, uses_.size()).first;
      uses_.push_back({&face, font_resource_name(face), {}});
    }
    return uses_[it->second];
  }

  void paint_run(const GlyphRun& run) {
    const HbFace& face = fonts_.face(run.face_id);
    const std::u32string cps = utf8_to_u32(run.text);
    // One run's glyphs with their positions, for as long as it is painted.
    const std::vector<Glyph> glyphs =
        run.glyph_ids.empty() ? nominal_glyphs(run, cps, face) : glyphs_of(run);
    if (glyphs.empty()) return;
    FontUse& use = use_of(face);
    for (const Glyph& g : glyphs) use.gids.push_back(g.gid);
    const std::string name = use.name;
    cs_.fill_color(run.color);
    if (run.synthetic_bold) {
      // q … Q scopes the render mode and stroke to this run.
      cs_.save();
      cs_.stroke_style(run.color, run.size_pt * kBoldStrokePerPt, kSquareCap);
      cs_.text_render_mode(2);
    }
    const double baseline = page_h_ - run.y;
    cs_.begin_text(name, run.size_pt, run.x, baseline, run.synthetic_italic ? kItalicShear : 0);
    show_glyphs(run, face, cps, glyphs);
    cs_.end_text();
    if (run.synthetic_bold) cs_.restore();
    if (run.underline) paint_underline(run, face, glyphs, baseline);
  }

  void show_glyphs(const GlyphRun& run, const HbFace& face, const std::u32string& cps,
                   const std::vector<Glyph>& glyphs) {
    const double size = run.size_pt;
    double pen = 0;   // where the viewer's pen stands, pt from run.x
    double rise = 0;  // Ts in force
    for (size_t a = 0; a < glyphs.size();) {
      size_t b = a + 1;
      while (b < glyphs.size() && glyphs[b].cluster == glyphs[a].cluster) ++b;
      const size_t end = b < glyphs.size() ? glyphs[b].cluster : cps.size();
      const std::u32string text = cluster_text(cps, glyphs[a].cluster, end);
      const bool actual = needs_actual_text(face, &glyphs[a], b - a, text);
      if (actual) cs_.begin_actual_text(utf16(text));
      for (size_t i = a; i < b; ++i) {
        const Glyph& g = glyphs[i];
        const double y = i < run.glyph_y.size() ? run.glyph_y[i] : 0;
        if (y != rise) cs_.text_rise(rise = y);
        double adjust = 0;
        if (std::abs(g.x - pen) > kPositionTolerancePt) {
          adjust = std::round((pen - g.x) * 1000 / size * 100) / 100;
          pen -= adjust * size / 1000;
        }
        cs_.show_glyph(g.gid, adjust);
        pen += pdf_glyph_width(face, g.gid) * size / 1000;
      }
      if (actual) cs_.end_marked_content();
      a = b;
    }
    if (rise != 0) cs_.text_rise(0);
  }

  void paint_underline(const GlyphRun& run, const HbFace& face, const std::vector<Glyph>& glyphs,
                       double baseline) {
    double width = run.width;
    if (width <= 0)
      width = glyphs.back().x + face.glyph_advance_em(glyphs.back().gid) * run.size_pt;
    const double y = baseline + face.underline_position_em() * run.size_pt;
    cs_.stroke_style(run.color, face.underline_thickness_em() * run.size_pt, kSquareCap);
    cs_.line(run.x, y, run.x + width, y);
  }

  FontEngine& fonts_;
  ContentStream cs_;
  double page_h_ = 0;
  std::vector<FontUse> uses_;
  std::map<const HbFace*, size_t> use_index_;
  std::vector<std::shared_ptr<const ImageStreams>> images_;
  std::map<const std::string*, size_t> image_index_;  // by Picture::data, into images_
};

}  // namespace

std::string font_resource_name(const HbFace& face) { return "F" + md5_hex(face.id()).substr(0, 6); }

std::shared_ptr<const PaintedDocument> paint_document(const LaidOutDocument& doc,
                                                      FontEngine& fonts) {
  return doc.pdf_pages.get_or_make<PaintedDocument>(
      [&](const PaintedDocument& cached) { return cached.engine == &fonts; },
      [&] {
        auto painted = std::make_shared<PaintedDocument>();
        painted->engine = &fonts;
        for (const Page& page : doc.pages) painted->pages.push_back(PagePainter(fonts).paint(page));
        return std::shared_ptr<const PaintedDocument>(painted);
      });
}

}  // namespace formwork
