#include "util/safe_name.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "util/forbidden_chars.h"

namespace formwork {

namespace {

constexpr size_t kMaxNameBytes = 200;

// Characters that separate or escape paths on POSIX and Windows, which no
// file name should carry.
bool is_path_char(char32_t c) {
  return c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' ||
         c == '>' || c == '|';
}

// Line and paragraph separators other than the C0 ones (NEL is C1).
bool is_line_separator(char32_t c) { return c == 0x2028 || c == 0x2029; }

// Path characters, controls and other forbidden characters (the policy of
// util/forbidden_chars.h) become '_'; bidi controls vanish; malformed UTF-8
// becomes U+FFFD.
std::string replace_unsafe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    const auto cp = static_cast<char32_t>(c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else if (is_bidi_control(cp)) {
      continue;
    } else if (c < 0x20 || is_forbidden_char(cp) || is_path_char(cp) || is_line_separator(cp)) {
      out += '_';
    } else {
      out.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  return out;
}

std::string remove_dot_runs(std::string s) {
  for (size_t pos; (pos = s.find("..")) != std::string::npos;) s.erase(pos, 1);
  return s;
}

// Leading dots would hide the file; leading blanks and the '_' left by a
// removed separator are noise. Stripped together so neither uncovers the
// other. Windows drops trailing dots and blanks itself, so they go too.
std::string trim_edges(const std::string& s) {
  size_t b = s.find_first_not_of(" \t_.");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t.");
  return s.substr(b, e - b + 1);
}

bool equals_ascii_ignore_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::toupper(static_cast<unsigned char>(x)) == static_cast<unsigned char>(y);
         });
}

// Windows reserves these device names, alone or with any extension and in
// any case ("nul.txt", "Com1.docx"): opening such a file opens the device.
bool is_windows_device_name(std::string_view name) {
  static constexpr std::array<std::string_view, 32> kDevices{
      "CON",  "PRN",  "AUX",  "NUL",  "CONIN$", "CONOUT$", "COM0", "COM1", "COM2", "COM3", "COM4",
      "COM5", "COM6", "COM7", "COM8", "COM9",   "COM¹",    "COM²", "COM³", "LPT0", "LPT1", "LPT2",
      "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",   "LPT8",    "LPT9", "LPT¹", "LPT²", "LPT³"};
  std::string_view stem = name.substr(0, name.find('.'));
  while (!stem.empty() && stem.back() == ' ') stem.remove_suffix(1);
  return std::any_of(kDevices.begin(), kDevices.end(),
                     [&](std::string_view d) { return equals_ascii_ignore_case(stem, d); });
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
  std::string out = trim_edges(cap_length(remove_dot_runs(replace_unsafe(text))));
  if (out.empty()) return "document";
  return is_windows_device_name(out) ? "_" + out : out;
}

}  // namespace formwork
