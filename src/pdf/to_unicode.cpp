#include "pdf/to_unicode.h"

namespace formwork {
namespace {

constexpr size_t kMaxBlock = 100;  // entries per beginbf… block (Adobe TN #5411)

const char kHex[] = "0123456789ABCDEF";

void hex16(std::string& out, uint32_t unit) {
  for (int shift : {12, 8, 4, 0}) out += kHex[(unit >> shift) & 15];
}

std::string code_hex(uint32_t code) {
  std::string s = "<";
  hex16(s, code);
  return s + ">";
}

std::string utf16_hex(const std::u32string& text) {
  std::string s = "<";
  for (char32_t cp : text) {
    if (cp > 0xFFFF) {
      hex16(s, 0xD800 + ((cp - 0x10000) >> 10));
      hex16(s, 0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      hex16(s, cp);
    }
  }
  return s + ">";
}

/// True when code b can continue a bfrange that reached code a: both
/// single BMP characters, codes and characters one apart, and the codes
/// differing only in their last byte.
bool continues(const std::pair<uint32_t, std::u32string>& a,
               const std::pair<uint32_t, std::u32string>& b) {
  return b.first == a.first + 1 && (b.first & 0xFF) != 0 && a.second.size() == 1 &&
         b.second.size() == 1 && a.second[0] < 0xFFFF && b.second[0] == a.second[0] + 1;
}

void flush(std::string& out, const char* kind, std::vector<std::string>& lines) {
  for (size_t i = 0; i < lines.size(); i += kMaxBlock) {
    const size_t n = std::min(kMaxBlock, lines.size() - i);
    out += std::to_string(n) + " begin" + kind + "\n";
    for (size_t k = i; k < i + n; ++k) out += lines[k];
    out += std::string("end") + kind + "\n";
  }
  lines.clear();
}

}  // namespace

std::string to_unicode_cmap(const std::vector<std::pair<uint32_t, std::u32string>>& codes) {
  std::vector<std::string> chars, ranges;
  for (size_t i = 0; i < codes.size();) {
    size_t j = i + 1;
    while (j < codes.size() && continues(codes[j - 1], codes[j])) ++j;
    if (j - i >= 2) {
      ranges.push_back(code_hex(codes[i].first) + code_hex(codes[j - 1].first) +
                       utf16_hex(codes[i].second) + "\n");
    } else {
      chars.push_back(code_hex(codes[i].first) + utf16_hex(codes[i].second) + "\n");
    }
    i = j;
  }
  std::string out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n";
  flush(out, "bfchar", chars);
  flush(out, "bfrange", ranges);
  out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return out;
}

}  // namespace formwork
