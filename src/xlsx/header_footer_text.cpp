#include "xlsx/header_footer_text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace formwork {

namespace {

void note(std::vector<std::string>& list, const std::string& what) {
  if (std::find(list.begin(), list.end(), what) == list.end()) list.push_back(what);
}

// Reads the code after '&' at s[i] into the section texts; returns the
// index after it.
size_t read_code(std::string_view s, size_t i, std::string& text, double& size,
                 std::string_view sheet, std::vector<std::string>& not_shown) {
  const char c = s[i];
  if (c == '&') {
    text += '&';
    return i + 1;
  }
  if (c == 'P' || c == 'N' || c == 'A') {
    text += c == 'P'   ? std::string("{page}")
            : c == 'N' ? std::string("{pages}")
                       : std::string(sheet);
    return i + 1;
  }
  if (c == 'D' || c == 'T') note(not_shown, "the print date or time (&D, &T)");
  if (c == 'F' || c == 'Z') note(not_shown, "the file name or path (&F, &Z)");
  if (c == 'G') note(not_shown, "a picture (&G)");
  if (c == '"') {  // &"face,style"
    const size_t end = s.find('"', i + 1);
    return end == std::string_view::npos ? s.size() : end + 1;
  }
  if (c == 'K') return std::min(s.size(), i + 7);  // &KRRGGBB
  if (std::isdigit(static_cast<unsigned char>(c))) {
    size_t j = i;
    while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
    size = std::stod(std::string(s.substr(i, j - i)));
    return j;
  }
  return i + 1;  // &B &I &U &E &S &X &Y &O &H: formatting
}

std::string trimmed(const std::string& s) {
  const size_t a = s.find_first_not_of(' ');
  if (a == std::string::npos) return "";
  return s.substr(a, s.find_last_not_of(' ') - a + 1);
}

}  // namespace

MarginText margin_text(std::string_view codes, std::string_view sheet,
                       std::vector<std::string>& not_shown) {
  std::array<std::string, 3> sections;  // L, C, R
  size_t at = 1;                        // text before any &L/&C/&R is centred
  double size = 0;
  for (size_t i = 0; i < codes.size();) {
    if (codes[i] != '&' || i + 1 >= codes.size()) {
      sections[at] += codes[i++];
      continue;
    }
    const char c = codes[i + 1];
    if (c == 'L' || c == 'C' || c == 'R') {
      at = c == 'L' ? 0 : c == 'C' ? 1 : 2;
      i += 2;
      continue;
    }
    i = read_code(codes, i + 1, sections[at], size, sheet, not_shown);
  }
  MarginText m;
  int filled = 0;
  for (size_t k = 0; k < 3; ++k) {
    const std::string t = trimmed(sections[k]);
    if (t.empty()) continue;
    ++filled;
    m.pattern += (m.pattern.empty() ? "" : "　") + t;
    m.align = k == 0   ? MarginTextAlign::Left
              : k == 1 ? MarginTextAlign::Center
                       : MarginTextAlign::Right;
  }
  if (filled > 1) m.align = MarginTextAlign::Center;
  if (size > 0) m.size_pt = size;
  return m;
}

}  // namespace formwork
