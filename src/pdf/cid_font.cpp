#include "pdf/cid_font.h"

#include <podofo/podofo.h>

#include <cmath>
#include <map>

#include "fonts/hb_face.h"
#include "pdf/font_streams.h"
#include "pdf/pdf_file.h"

namespace formwork {
namespace {

using PoDoFo::PdfArray;
using PoDoFo::PdfDictionary;
using PoDoFo::PdfName;
using PoDoFo::PdfReference;
using PoDoFo::PdfVariant;

constexpr int kFlagSymbolic = 1 << 2;  // glyphs outside the standard Latin set (§9.8.2)
constexpr int kFlagItalic = 1 << 6;

PdfVariant real(double v) { return PdfVariant(v); }

PdfVariant thousandths(double em) {
  return PdfVariant(static_cast<PoDoFo::pdf_int64>(std::lround(em * 1000)));
}

/// The most common whole-number width (1000 for Han): /DW, so only the
/// others need a /W entry. Poppler reads /DW only when it is an integer,
/// so a fractional width is never the default; without any whole-number
/// width, PDF's default of 1000.
double common_width(const HbFace& face, const std::vector<uint32_t>& cids) {
  std::map<double, size_t> counts;
  for (uint32_t cid : cids) {
    const double w = pdf_glyph_width(face, cid);
    if (w == std::floor(w)) ++counts[w];
  }
  double best = 1000;
  size_t most = 0;
  for (const auto& [w, n] : counts) {
    if (n > most) best = w, most = n;
  }
  return best;
}

/// /W (§9.7.4.3): "c [w1 w2 …]" for each stretch of consecutive CIDs
/// whose width is not `dw`.
PdfArray widths(const HbFace& face, const std::vector<uint32_t>& cids, double dw) {
  PdfArray w, stretch;
  uint32_t next = 0;
  auto close = [&] {
    if (!stretch.empty()) w.push_back(stretch);
    stretch.clear();
  };
  for (uint32_t cid : cids) {
    const double width = pdf_glyph_width(face, cid);
    if (width == dw) {
      close();
      continue;
    }
    if (stretch.empty() || cid != next) {
      close();
      w.push_back(static_cast<PoDoFo::pdf_int64>(cid));
    }
    stretch.push_back(real(width));
    next = cid + 1;
  }
  close();
  return w;
}

PdfDictionary descriptor(const HbFace& face, const std::string& name, uint32_t font_file) {
  const FaceMetrics& m = face.metrics();
  PdfDictionary d;
  d.AddKey(PdfName::KeyType, PdfName("FontDescriptor"));
  d.AddKey("FontName", PdfName(name));
  d.AddKey("Flags",
           static_cast<PoDoFo::pdf_int64>(kFlagSymbolic | (face.is_italic() ? kFlagItalic : 0)));
  PdfArray bbox;
  for (double v : m.bbox) bbox.push_back(thousandths(v));
  d.AddKey("FontBBox", bbox);
  d.AddKey("ItalicAngle", real(m.italic_angle));
  d.AddKey("Ascent", thousandths(m.ascent));
  d.AddKey("Descent", thousandths(m.descent));
  d.AddKey("CapHeight", thousandths(m.cap_height));
  // No stem width is at hand without parsing glyph outlines; viewers use
  // it only to synthesise a substitute font, which never happens for an
  // embedded one.
  d.AddKey("StemV", static_cast<PoDoFo::pdf_int64>(face.is_bold() ? 120 : 80));
  d.AddKey("FontFile2", PdfReference(font_file, 0));
  return d;
}

}  // namespace

double pdf_glyph_width(const HbFace& face, uint32_t gid) {
  return std::round(face.glyph_advance_em(gid) * 100000) / 100;
}

void write_cid_font(PdfFile& file, uint32_t type0, const HbFace& face,
                    const std::vector<uint32_t>& cids) {
  const std::shared_ptr<const FontStreams> streams = font_streams(face, cids);
  const std::string name = streams->tag + "+" + face.postscript_name();
  const uint32_t cid_font = file.reserve(), desc = file.reserve(), program = file.reserve(),
                 gid_map = file.reserve(), cmap = file.reserve();

  PdfDictionary program_dict;
  program_dict.AddKey("Length1", static_cast<PoDoFo::pdf_int64>(streams->program_length));
  file.write_deflated_stream(program, program_dict, streams->program);
  file.write(desc, descriptor(face, name, program));
  file.write_deflated_stream(gid_map, PdfDictionary(), streams->cid_to_gid);
  file.write_deflated_stream(cmap, PdfDictionary(), streams->to_unicode);

  PdfDictionary cid;
  cid.AddKey(PdfName::KeyType, PdfName("Font"));
  cid.AddKey(PdfName::KeySubtype, PdfName("CIDFontType2"));
  cid.AddKey("BaseFont", PdfName(name));
  PdfDictionary system_info;
  system_info.AddKey("Registry", PoDoFo::PdfString("Adobe"));
  system_info.AddKey("Ordering", PoDoFo::PdfString("Identity"));
  // A PdfVariant: a constant 0 would pick the AddKey(name, PdfObject*) overload.
  system_info.AddKey("Supplement", PdfVariant(static_cast<PoDoFo::pdf_int64>(0)));
  cid.AddKey("CIDSystemInfo", system_info);
  cid.AddKey("FontDescriptor", PdfReference(desc, 0));
  const double dw = common_width(face, cids);
  cid.AddKey("DW", static_cast<PoDoFo::pdf_int64>(dw));
  PdfArray w = widths(face, cids, dw);
  if (!w.empty()) cid.AddKey("W", w);
  cid.AddKey("CIDToGIDMap", PdfReference(gid_map, 0));
  file.write(cid_font, cid);

  PdfDictionary font;
  font.AddKey(PdfName::KeyType, PdfName("Font"));
  font.AddKey(PdfName::KeySubtype, PdfName("Type0"));
  font.AddKey("BaseFont", PdfName(name));
  font.AddKey("Encoding", PdfName("Identity-H"));
  PdfArray descendants;
  descendants.push_back(PdfReference(cid_font, 0));
  font.AddKey("DescendantFonts", descendants);
  font.AddKey("ToUnicode", PdfReference(cmap, 0));
  file.write(type0, font);
}

}  // namespace formwork
