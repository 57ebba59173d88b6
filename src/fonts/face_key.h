#pragma once
// A font face is named by one string: the file path, followed by
// "#<index>" for a face other than the first of a collection (.ttc/.otc).
// FontFiles, FontFace::id() and GlyphRun::face_id all carry such keys.
#include <string>

namespace formwork {

/// A font file and the index of a face inside it (0 for a single-face
/// .ttf/.otf; the face number inside a .ttc collection, as fontconfig's
/// FC_INDEX and HarfBuzz's hb_face_create count them).
struct FaceRef {
  std::string path;
  unsigned index = 0;
};

/// "path" for face 0, "path#index" otherwise.
std::string face_key(const std::string& path, unsigned index);

/// Splits a face key back into path and index. A trailing "#<digits>" is
/// an index only when the whole key is not itself an existing file, so a
/// file name that really ends in "#2" still works.
FaceRef parse_face_key(const std::string& key);

}  // namespace formwork
