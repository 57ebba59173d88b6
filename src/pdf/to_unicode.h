#pragma once
// ToUnicode CMaps: what text each glyph code of a font stands for.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace formwork {

/// The ToUnicode CMap (PDF 32000-1 §9.10.3; Adobe Technical Note #5411)
/// of a font with 2-byte codes: `codes` are (code, text) pairs, ascending
/// by code, text in UTF-32 (written as UTF-16BE). Consecutive codes whose
/// texts are consecutive single characters share one bfrange; the others
/// are bfchar entries, at most 100 per block.
std::string to_unicode_cmap(const std::vector<std::pair<uint32_t, std::u32string>>& codes);

}  // namespace formwork
