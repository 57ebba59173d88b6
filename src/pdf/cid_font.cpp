#include "pdf/cid_font.h"

#include <podofo/podofo.h>

#include <cmath>
#include <map>

#include "fonts/font_subset.h"
#include "fonts/hb_face.h"
#include "pdf/md5.h"
#include "pdf/pdf_file.h"
#include "pdf/to_unicode.h"

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

PdfVariant thousandths(double em) { return PdfVariant(static_cast<PoDoFo::pdf_int64>(std::lround(em * 1000))); }

/// Six upper-case letters from a digest of the face and glyph set
/// (PDF 32000-1 §9.6.4): the same subset always gets the same tag, and
/// different subsets of one face in one merged file differ.
std::string subset_tag(const HbFace& face, const std::vector<uint32_t>& cids) {
  std::string key = face.id();
  for (uint32_t cid : cids) key.append(reinterpret_cast<const char*>(&cid), sizeof cid);
  const std::string hex = md5_hex(key);
  std::string tag;
  for (size_t i = 0; i < 6; ++i) tag += static_cast<char>('A' + std::stoi(hex.substr(2 * i, 2), nullptr, 16) % 26);
  return tag;
}

/// The most common width: /DW, so only the others need a /W entry.
double common_width(const HbFace& face, const std::vector<uint32_t>& cids) {
  std::map<double, size_t> counts;
  for (uint32_t cid : cids) ++counts[pdf_glyph_width(face, cid)];
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

/// /CIDToGIDMap (§9.7.4.2): two bytes per CID from 0 to the largest used,
/// the glyph id in the subset (0 for CIDs not used).
std::string cid_to_gid_map(const std::vector<uint32_t>& cids, const std::vector<uint32_t>& gids) {
  std::string map(2 * (cids.empty() ? 1 : cids.back() + 1), '\0');
  for (size_t i = 0; i < cids.size(); ++i) {
    map[2 * cids[i]] = static_cast<char>(gids[i] >> 8);
    map[2 * cids[i] + 1] = static_cast<char>(gids[i] & 0xFF);
  }
  return map;
}

std::string to_unicode(const HbFace& face, const std::vector<uint32_t>& cids) {
  std::vector<std::pair<uint32_t, std::u32string>> codes;
  for (uint32_t cid : cids) {
    if (char32_t cp = face.unicode_of(cid)) codes.emplace_back(cid, std::u32string(1, cp));
  }
  return to_unicode_cmap(codes);
}

PdfDictionary descriptor(const HbFace& face, const std::string& name, uint32_t font_file) {
  const FaceMetrics& m = face.metrics();
  PdfDictionary d;
  d.AddKey(PdfName::KeyType, PdfName("FontDescriptor"));
  d.AddKey("FontName", PdfName(name));
  d.AddKey("Flags", static_cast<PoDoFo::pdf_int64>(kFlagSymbolic | (face.is_italic() ? kFlagItalic : 0)));
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
  const FontSubset subset = subset_font(face, cids);
  const std::string name = subset_tag(face, cids) + "+" + face.postscript_name();
  const uint32_t cid_font = file.reserve(), desc = file.reserve(), program = file.reserve(),
                 gid_map = file.reserve(), cmap = file.reserve();

  PdfDictionary program_dict;
  program_dict.AddKey("Length1", static_cast<PoDoFo::pdf_int64>(subset.program.size()));
  file.write_stream(program, program_dict, subset.program);
  file.write(desc, descriptor(face, name, program));
  file.write_stream(gid_map, PdfDictionary(), cid_to_gid_map(cids, subset.new_gid_of));
  file.write_stream(cmap, PdfDictionary(), to_unicode(face, cids));

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
  cid.AddKey("DW", real(dw));
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
