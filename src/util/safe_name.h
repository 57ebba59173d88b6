#pragma once
#include <string>
#include <string_view>

namespace formwork {

/// Turns text from data into a safe single file name component:
///   * path characters ('/', '\\', ':', '*', '?', '"', '<', '>', '|'),
///     control characters, line separators and the other characters of
///     util/forbidden_chars.h become '_';
///   * bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069,
///     U+200E, U+200F, U+061C; UAX #9) are removed, so a name cannot show
///     in another order than it is spelled;
///   * ".." sequences, leading dots and blanks, and trailing dots and
///     blanks (which Windows drops) are removed;
///   * length is capped at 200 bytes on a UTF-8 boundary;
///   * a Windows device name (CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9,
///     COM¹…LPT³, CONIN$, CONOUT$), alone or before an extension and in any
///     case ("nul.txt"), gets a leading '_';
///   * malformed UTF-8 becomes U+FFFD, and an empty result "document".
/// The result can never name a path outside the output folder nor a device.
std::string safe_file_name(std::string_view text);

}  // namespace formwork
