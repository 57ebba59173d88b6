#include "pdf/podofo_font_provider.h"

#include <algorithm>
#include <stdexcept>

#include "fonts/font_roles.h"

namespace formwork {
namespace {

/// The variant file for the style, falling back to the nearest one the
/// family has (layout adds synthetic bold/italic where the face lacks it).
const std::string& variant_file(const FontFiles& f, bool bold, bool italic) {
  if (bold && italic && !f.bold_italic.empty()) return f.bold_italic;
  if (bold && !f.bold.empty()) return f.bold;
  if (italic && !f.italic.empty()) return f.italic;
  return f.regular;
}

void push_unique(std::vector<std::string>& chain, const std::string& path) {
  if (!path.empty() && std::find(chain.begin(), chain.end(), path) == chain.end()) {
    chain.push_back(path);
  }
}

}  // namespace

bool prefers_latin_face(char32_t cp) { return cp < 0x2E80 && !(cp >= 0x2100 && cp <= 0x2BFF); }

PodofoFontProvider::PodofoFontProvider(std::map<std::string, FontFiles> files, FT_Library* library)
    : files_(std::move(files)), library_(library) {
  if (files_.empty()) throw std::invalid_argument("PodofoFontProvider: no font roles");
}

PodofoFontProvider::~PodofoFontProvider() = default;

const FontFiles& PodofoFontProvider::files_of(const std::string& role) const {
  auto it = files_.find(role);
  if (it == files_.end()) it = files_.find("song");
  if (it == files_.end()) it = files_.begin();
  return it->second;
}

PodofoFontFace& PodofoFontProvider::face(const std::string& path) {
  auto it = faces_.find(path);
  if (it == faces_.end()) {
    it = faces_.emplace(path, std::make_unique<PodofoFontFace>(library_, path)).first;
  }
  return *it->second;
}

std::vector<std::string> PodofoFontProvider::build_chain(const std::string& role, bool bold,
                                                         bool italic, bool latin_first) const {
  const FontRole* info = find_font_role(role);
  const std::string& own = variant_file(files_of(role), bold, italic);
  std::string partner;
  if (info && files_.count(info->partner)) {
    partner = variant_file(files_.at(info->partner), bold, italic);
  }
  std::vector<std::string> chain;
  const bool cjk_role = !info || info->cjk;
  if (cjk_role && latin_first) push_unique(chain, partner);
  push_unique(chain, own);
  push_unique(chain, partner);
  // Last resort for rare characters: every other CJK face, in role order.
  for (const FontRole& r : font_roles()) {
    if (r.cjk && files_.count(r.name)) push_unique(chain, files_.at(r.name).regular);
  }
  return chain;
}

const std::vector<std::string>& PodofoFontProvider::chain(const std::string& role, bool bold,
                                                          bool italic, bool latin_first) {
  const ChainKey key{role, bold, italic, latin_first};
  auto it = chains_.find(key);
  if (it == chains_.end()) {
    it = chains_.emplace(key, build_chain(role, bold, italic, latin_first)).first;
  }
  return it->second;
}

FontFace& PodofoFontProvider::face_for(const std::string& role, bool bold, bool italic,
                                       char32_t cp) {
  for (const std::string& path : chain(role, bold, italic, prefers_latin_face(cp))) {
    PodofoFontFace& candidate = face(path);
    if (candidate.has_glyph(cp)) return candidate;
  }
  return face(variant_file(files_of(role), bold, italic));
}

}  // namespace formwork
