#include "docx/font_names.h"

#include <array>
#include <utility>

namespace formwork {

namespace {

constexpr const char* kTimes = "Times New Roman";

// Chinese faces pair with Times New Roman for digits and Latin letters, as
// in GB/T 9704 practice; the sans role is Arial throughout.
constexpr std::array<std::pair<std::string_view, DocxFontNames>, 7> kRoles{{
    {"song", {"宋体", kTimes}},
    {"fangsong", {"仿宋", kTimes}},
    {"kai", {"楷体", kTimes}},
    {"hei", {"黑体", kTimes}},
    {"xbs", {"方正小标宋简体", kTimes}},
    {"serif", {"宋体", kTimes}},
    {"sans", {"黑体", "Arial"}},
}};

}  // namespace

DocxFontNames docx_font_names(std::string_view role) {
  for (const auto& [name, fonts] : kRoles) {
    if (name == role) return fonts;
  }
  return kRoles[0].second;
}

const std::vector<DocxFontInfo>& docx_font_list() {
  static const std::vector<DocxFontInfo> fonts{
      {"Times New Roman", "", "00"}, {"Arial", "", "00"},     {"宋体", "SimSun", "86"},
      {"仿宋", "FangSong", "86"},    {"楷体", "KaiTi", "86"}, {"黑体", "SimHei", "86"},
      {"方正小标宋简体", "", "86"},
  };
  return fonts;
}

}  // namespace formwork
