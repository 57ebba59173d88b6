#include "util/safe_name.h"

#include <unicode/utf8.h>

namespace formwork {

namespace {

constexpr size_t kMaxNameBytes = 200;

// Characters that separate or escape paths on POSIX and Windows, and
// control characters, which no file name should carry.
bool is_unsafe_byte(unsigned char c) {
  return c < 0x20 || c == 0x7F || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' ||
         c == '"' || c == '<' || c == '>' || c == '|';
}

std::string remove_dot_runs(std::string s) {
  for (size_t pos; (pos = s.find("..")) != std::string::npos;) s.erase(pos, 1);
  return s;
}

// Leading dots would hide the file; leading blanks and the '_' left by a
// removed separator are noise. Stripped together so neither uncovers the other.
std::string trim_edges(const std::string& s) {
  size_t b = s.find_first_not_of(" \t_.");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

// Cuts at a code point boundary so the name stays valid UTF-8.
std::string cap_length(const std::string& s) {
  if (s.size() <= kMaxNameBytes) return s;
  int32_t i = static_cast<int32_t>(kMaxNameBytes);
  U8_SET_CP_START(reinterpret_cast<const uint8_t*>(s.data()), 0, i);
  return s.substr(0, static_cast<size_t>(i));
}

}  // namespace

std::string safe_file_name(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) out += is_unsafe_byte(static_cast<unsigned char>(ch)) ? '_' : ch;
  out = cap_length(trim_edges(remove_dot_runs(out)));
  return out.empty() ? "document" : out;
}

}  // namespace formwork
