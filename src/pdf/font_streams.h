#pragma once
// The streams of an embedded font subset, made once per face and glyph set.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace formwork {

class HbFace;

/// The deflated streams of one CIDFontType2 subset (see write_cid_font).
struct FontStreams {
  std::string tag;            ///< subset tag, six letters (PDF 32000-1 §9.6.4)
  std::string program;        ///< /FontFile2: the hb-subset program
  size_t program_length = 0;  ///< its /Length1 (bytes before deflating)
  std::string cid_to_gid;     ///< /CIDToGIDMap
  std::string to_unicode;     ///< /ToUnicode CMap
};

/// The streams for glyphs `cids` (ascending, unique) of `face`: the
/// subset made with subset_font, the CID → subset glyph map, the
/// ToUnicode CMap from HbFace::unicode_of, the tag from a digest of the
/// face and glyph set. Records of one form often embed the same glyphs of
/// a face (a title font, the digits), so the last results are kept
/// process-wide by face key and glyph set: a pure function of its inputs,
/// cached. Thread-safe. Throws std::runtime_error when the face cannot be
/// subset.
std::shared_ptr<const FontStreams> font_streams(const HbFace& face,
                                                const std::vector<uint32_t>& cids);

}  // namespace formwork
