#include "docx/font_names.h"

#include <algorithm>
#include <utility>

#include "util/forbidden_chars.h"

namespace formwork {

namespace {

/// w:charset of a face for the role's script: GB2312 for CJK, ANSI else.
const char* charset_for(const FontRole& role) { return role.cjk ? "86" : "00"; }

void add_once(std::vector<DocxFontInfo>& fonts, DocxFontInfo info) {
  const bool listed = std::any_of(fonts.begin(), fonts.end(),
                                  [&](const DocxFontInfo& f) { return f.name == info.name; });
  if (!listed) fonts.push_back(std::move(info));
}

}  // namespace

DocxFontNames docx_font_names(std::string_view role) { return office_font_names(role); }

bool is_latin_role(std::string_view role) {
  const FontRole* r = find_font_role(std::string(role));
  return r != nullptr && !r->cjk;
}

DocxFonts::DocxFonts(FontOverrides overrides) : overrides_(std::move(overrides)) {
  check_override_roles(overrides_);
}

DocxFontNames DocxFonts::names(std::string_view role) const {
  return office_font_names(role, overrides_);
}

std::vector<DocxFontInfo> DocxFonts::font_list() const {
  std::vector<DocxFontInfo> fonts;
  for (const FontRole& r : font_roles()) {
    add_once(fonts, {r.office_name, r.office_alt_name, charset_for(r)});
  }
  for (const FontRole& r : font_roles()) {
    auto it = overrides_.find(r.name);
    if (it == overrides_.end() || it->second.empty()) continue;
    add_once(fonts, {clean_text(it->second), "", charset_for(r)});
  }
  return fonts;
}

}  // namespace formwork
