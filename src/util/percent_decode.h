#pragma once

#include <string>
#include <string_view>

namespace formwork {

/// Decodes the %XX escapes of a URI (RFC 3986 §2.1): "image%201.png" →
/// "image 1.png", "%E9%87%91" → the UTF-8 bytes of "金". A malformed escape
/// ("%G1", a trailing "%4") is left as it is. Used for OPC relationship
/// targets (ECMA-376 Part 2 §9.3.2.2) and JSON pointer URI fragments
/// (RFC 6901 §6).
std::string percent_decode(std::string_view s);

}  // namespace formwork
