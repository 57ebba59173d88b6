#include "fonts/face_chain.h"

#include <algorithm>

#include "fonts/font_roles.h"

namespace formwork {
namespace {

void push_unique(std::vector<std::string>& chain, const std::string& key) {
  if (!key.empty() && std::find(chain.begin(), chain.end(), key) == chain.end()) {
    chain.push_back(key);
  }
}

}  // namespace

bool prefers_latin_face(char32_t cp) { return cp < 0x2E80 && !(cp >= 0x2100 && cp <= 0x2BFF); }

const std::string& variant_file(const FontFiles& f, bool bold, bool italic) {
  if (bold && italic && !f.bold_italic.empty()) return f.bold_italic;
  if (bold && !f.bold.empty()) return f.bold;
  if (italic && !f.italic.empty()) return f.italic;
  return f.regular;
}

const FontFiles& files_of(const std::map<std::string, FontFiles>& roles, const std::string& role) {
  auto it = roles.find(role);
  if (it == roles.end()) it = roles.find("song");
  if (it == roles.end()) it = roles.begin();
  return it->second;
}

std::vector<std::string> face_chain(const std::map<std::string, FontFiles>& roles,
                                    const std::string& role, bool bold, bool italic,
                                    bool latin_first, const FontFiles* symbol) {
  const FontRole* info = find_font_role(role);
  const std::string& own = variant_file(files_of(roles, role), bold, italic);
  std::string partner;
  if (info && roles.count(info->partner)) {
    partner = variant_file(roles.at(info->partner), bold, italic);
  }
  std::vector<std::string> chain;
  const bool cjk_role = !info || info->cjk;
  if (cjk_role && latin_first) push_unique(chain, partner);
  push_unique(chain, own);
  push_unique(chain, partner);
  // For rare characters: every other CJK face, in role order.
  for (const FontRole& r : font_roles()) {
    if (r.cjk && roles.count(r.name)) push_unique(chain, roles.at(r.name).regular);
  }
  if (symbol) push_unique(chain, variant_file(*symbol, bold, italic));
  return chain;
}

}  // namespace formwork
