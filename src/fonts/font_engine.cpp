#include "fonts/font_engine.h"

#include <unicode/uchar.h>

#include <mutex>
#include <optional>
#include <shared_mutex>
#include <stdexcept>
#include <tuple>
#include <vector>

#include "fonts/face_chain.h"
#include "fonts/font_fallback.h"
#include "fonts/font_match.h"
#include "fonts/font_roles.h"

namespace formwork {
namespace {

/// The faces a role may draw with, best first, and the role's own face.
struct Chain {
  std::vector<HbFace*> faces;
  HbFace* own = nullptr;
};

using ChainKey = std::tuple<std::string, bool, bool, bool>;

/// Characters no font needs a glyph for: controls (tab, line feed) and
/// default-ignorable code points (ZWJ, variation selectors, soft hyphen),
/// which shaping hides.
bool needs_no_glyph(char32_t cp) {
  return u_charType(static_cast<UChar32>(cp)) == U_CONTROL_CHAR ||
         u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

std::optional<FontFiles> symbol_files() {
  try {
    return match_family("symbol", kSymbolFamily);
  } catch (const std::runtime_error&) {
    return std::nullopt;  // not installed: the fontconfig fallback remains
  }
}

}  // namespace

struct FontEngine::Impl {
  std::map<std::string, FontFiles> roles;
  std::optional<FontFiles> symbol;
  std::shared_mutex faces_mutex;
  std::map<std::string, std::unique_ptr<HbFace>> faces;
  std::shared_mutex chains_mutex;
  std::map<ChainKey, Chain> chains;
  std::mutex fallback_mutex;
  std::map<char32_t, HbFace*> fallback;  // nullptr: no installed font has it

  HbFace& open(const std::string& key) {
    {
      std::shared_lock lock(faces_mutex);
      auto it = faces.find(key);
      if (it != faces.end()) return *it->second;
    }
    auto face = std::make_unique<HbFace>(key);  // outside the lock: may read the file
    std::unique_lock lock(faces_mutex);
    auto it = faces.emplace(key, std::move(face)).first;
    return *it->second;
  }

  Chain make_chain(const ChainKey& key) {
    const auto& [role, bold, italic, latin_first] = key;
    Chain chain;
    for (const std::string& k :
         face_chain(roles, role, bold, italic, latin_first, symbol ? &*symbol : nullptr)) {
      chain.faces.push_back(&open(k));
    }
    chain.own = &open(variant_file(files_of(roles, role), bold, italic));
    return chain;
  }

  const Chain& chain(const std::string& role, bool bold, bool italic, bool latin_first) {
    ChainKey key{role, bold, italic, latin_first};
    {
      std::shared_lock lock(chains_mutex);
      auto it = chains.find(key);
      if (it != chains.end()) return it->second;
    }
    Chain made = make_chain(key);
    std::unique_lock lock(chains_mutex);
    return chains.emplace(std::move(key), std::move(made)).first->second;
  }

  HbFace* fallback_for(char32_t cp) {
    if (needs_no_glyph(cp)) return nullptr;
    std::lock_guard lock(fallback_mutex);
    auto it = fallback.find(cp);
    if (it != fallback.end()) return it->second;
    HbFace* face = nullptr;
    const std::string key = find_face_with(cp);
    if (!key.empty()) {
      try {
        face = &open(key);
      } catch (const std::runtime_error&) {
        face = nullptr;  // unreadable: as if fontconfig had found nothing
      }
    }
    fallback.emplace(cp, face);
    return face;
  }
};

FontEngine::FontEngine(std::map<std::string, FontFiles> roles) : impl_(std::make_unique<Impl>()) {
  if (roles.empty()) throw std::invalid_argument("FontEngine: no font roles");
  impl_->roles = std::move(roles);
  impl_->symbol = symbol_files();
  // Open every role's chain now: a bad font file fails here, before any
  // record is rendered, and later lookups only read.
  for (const auto& [role, files] : impl_->roles) {
    for (int style = 0; style < 8; ++style) {
      impl_->chain(role, style & 1, style & 2, style & 4);
    }
  }
}

FontEngine::~FontEngine() = default;

FontFace& FontEngine::face_for(const std::string& role, bool bold, bool italic, char32_t cp,
                               bool own_face_first) {
  const Chain& chain = impl_->chain(role, bold, italic, prefers_latin_face(cp) && !own_face_first);
  for (HbFace* face : chain.faces) {
    if (face->has_glyph(cp)) return *face;
  }
  if (HbFace* face = impl_->fallback_for(cp)) return *face;
  return *chain.own;
}

HbFace& FontEngine::face(const std::string& key) { return impl_->open(key); }

const std::map<std::string, FontFiles>& FontEngine::roles() const { return impl_->roles; }

}  // namespace formwork
