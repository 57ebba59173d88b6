#pragma once
// Scanning spreadsheet formula text (ECMA-376 Part 1 §18.17.2): the passes
// that rewrite formulas (R1C1 → A1, worksheet and anchor references, _xlfn.
// prefixes) must all leave "text" and 'sheet name' literals untouched.
#include <cstddef>
#include <string_view>

namespace formwork {

/// The index just past the quoted literal that opens at s[i] (s[i] is '"'
/// or '\''; a doubled quote inside is an escaped quote), or s.size() when
/// it is not closed.
size_t quoted_literal_end(std::string_view s, size_t i);

}  // namespace formwork
