#pragma once
// The footer part, word/footer1.xml (ECMA-376 Part 1 §17.10).
#include <string>

namespace formwork {

/// word/footer1.xml: one centred paragraph (宋体 14 pt, 4号 as GB/T 9704
/// §7.5 sets page numbers) showing `pattern` with "{page}" replaced by a
/// PAGE field and "{pages}" by a NUMPAGES field (w:fldSimple, §17.16.19),
/// the rest as literal text.
std::string build_footer_xml(const std::string& pattern);

}  // namespace formwork
