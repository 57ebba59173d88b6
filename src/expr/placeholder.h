#pragma once
// Finding the end of a `{{ … }}` placeholder in template text (shared by
// the XML templates and the DOCX templates' tags).
#include <cstddef>
#include <string_view>

namespace formwork {

/// Index just past the "}}" that closes a placeholder whose expression
/// starts at `from` (just after its "{{"), skipping quoted strings, which
/// may hold "}}" ('…' or "…", with backslash escapes); npos when it is
/// never closed.
std::size_t find_placeholder_end(std::string_view text, std::size_t from);

}  // namespace formwork
