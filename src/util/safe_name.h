#pragma once
#include <string>
#include <string_view>

namespace formwork {

/// Turns text from data into a safe single file name component: path
/// separators ('/', '\\'), ':' and control characters become '_', ".."
/// sequences and leading dots are removed, surrounding blanks trimmed,
/// length capped at 200 bytes (on a UTF-8 boundary). Empty results become
/// "document". The result can never name a path outside the output folder.
std::string safe_file_name(std::string_view text);

}  // namespace formwork
