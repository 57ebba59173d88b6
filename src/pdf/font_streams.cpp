#include "pdf/font_streams.h"

#include <deque>
#include <map>
#include <mutex>
#include <utility>

#include "fonts/font_subset.h"
#include "fonts/hb_face.h"
#include "pdf/md5.h"
#include "pdf/pdf_file.h"
#include "pdf/to_unicode.h"

namespace formwork {
namespace {

constexpr size_t kCachedSubsets = 64;

/// Six upper-case letters from a digest of the face and glyph set: the
/// same subset always gets the same tag, and different subsets of one face
/// differ.
std::string subset_tag(const HbFace& face, const std::vector<uint32_t>& cids) {
  std::string key = face.id();
  for (uint32_t cid : cids) key.append(reinterpret_cast<const char*>(&cid), sizeof cid);
  const std::string hex = md5_hex(key);
  std::string tag;
  for (size_t i = 0; i < 6; ++i) {
    tag += static_cast<char>('A' + std::stoi(hex.substr(2 * i, 2), nullptr, 16) % 26);
  }
  return tag;
}

/// /CIDToGIDMap (PDF 32000-1 §9.7.4.2): two bytes per CID from 0 to the
/// largest used, the glyph id in the subset (0 for CIDs not used).
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

std::shared_ptr<const FontStreams> make_streams(const HbFace& face,
                                                const std::vector<uint32_t>& cids) {
  const FontSubset subset = subset_font(face, cids);
  auto out = std::make_shared<FontStreams>();
  out->tag = subset_tag(face, cids);
  out->program = deflate(subset.program);
  out->program_length = subset.program.size();
  out->cid_to_gid = deflate(cid_to_gid_map(cids, subset.new_gid_of));
  out->to_unicode = deflate(to_unicode(face, cids));
  return out;
}

using Key = std::pair<std::string, std::vector<uint32_t>>;

struct Cache {
  std::mutex mutex;
  std::map<Key, std::shared_ptr<const FontStreams>> entries;
  std::deque<Key> order;  // oldest first
};

}  // namespace

std::shared_ptr<const FontStreams> font_streams(const HbFace& face,
                                                const std::vector<uint32_t>& cids) {
  static Cache cache;
  Key key{face.id(), cids};
  {
    std::lock_guard lock(cache.mutex);
    auto it = cache.entries.find(key);
    if (it != cache.entries.end()) return it->second;
  }
  auto streams = make_streams(face, cids);  // outside the lock: the slow part
  std::lock_guard lock(cache.mutex);
  if (cache.entries.emplace(key, streams).second) {
    cache.order.push_back(std::move(key));
    if (cache.order.size() > kCachedSubsets) {
      cache.entries.erase(cache.order.front());
      cache.order.pop_front();
    }
  }
  return streams;
}

}  // namespace formwork
