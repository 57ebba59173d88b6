#include "xlsx/header_footer_codes.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace formwork::xlsx_read {

namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

void note_once(std::vector<std::string>& list, const std::string& what) {
  if (std::find(list.begin(), list.end(), what) == list.end()) list.push_back(what);
}

// The state of one pass over the string.
struct Reader {
  std::string_view codes;
  std::string_view sheet;
  std::array<std::string, 3> sections;  // &L, &C, &R
  size_t at = 1;
  double size_pt = 0;
  std::vector<std::string> not_shown;

  // Reads the code whose letter is at codes[i] (after '&'); returns the
  // index after it.
  size_t code(size_t i) {
    const char c = codes[i];
    std::string& text = sections[at];
    switch (c) {
      case '&':
        text += '&';
        return i + 1;
      case 'P':
      case 'N':
        text += c == 'P' ? "{page}" : "{pages}";
        return skip_offset(i + 1);
      case 'A':
        text += sheet;
        return i + 1;
      case 'D':
      case 'T':
        note_once(not_shown, "the print date or time (&D, &T)");
        return i + 1;
      case 'F':
      case 'Z':
        note_once(not_shown, "the file name or path (&F, &Z)");
        return i + 1;
      case 'G':
        note_once(not_shown, "a picture (&G)");
        return i + 1;
      case '"': {  // &"face,style"
        const size_t end = codes.find('"', i + 1);
        return end == std::string_view::npos ? codes.size() : end + 1;
      }
      case 'K':  // &KRRGGBB, or a theme colour &KttSnnn: always six characters
        return std::min(codes.size(), i + 7);
      default:
        break;
    }
    if (is_digit(c)) {
      size_t j = i;
      while (j < codes.size() && is_digit(codes[j])) ++j;
      size_pt = std::stod(std::string(codes.substr(i, j - i)));
      return j;
    }
    return i + 1;  // &B &I &U &E &S &X &Y &O &H: formatting only
  }

  // &P+1, &P-2: the offset is a number after the page code.
  size_t skip_offset(size_t i) const {
    if (i + 1 < codes.size() && (codes[i] == '+' || codes[i] == '-') && is_digit(codes[i + 1])) {
      ++i;
      while (i < codes.size() && is_digit(codes[i])) ++i;
    }
    return i;
  }
};

std::string trimmed(const std::string& s) {
  const size_t a = s.find_first_not_of(' ');
  if (a == std::string::npos) return "";
  return s.substr(a, s.find_last_not_of(' ') - a + 1);
}

}  // namespace

HeaderFooterLine read_header_footer(std::string_view codes, std::string_view sheet) {
  Reader r{codes, sheet, {}, 1, 0, {}};
  for (size_t i = 0; i < codes.size();) {
    if (codes[i] != '&' || i + 1 >= codes.size()) {
      r.sections[r.at] += codes[i++];
      continue;
    }
    const char c = codes[i + 1];
    if (c == 'L' || c == 'C' || c == 'R') {
      r.at = c == 'L' ? 0 : c == 'C' ? 1 : 2;
      i += 2;
    } else {
      i = r.code(i + 1);
    }
  }
  HeaderFooterLine line;
  int filled = 0;
  for (size_t k = 0; k < r.sections.size(); ++k) {
    const std::string t = trimmed(r.sections[k]);
    if (t.empty()) continue;
    ++filled;
    line.text.pattern += (line.text.pattern.empty() ? "" : "　　") + t;
    line.text.align = k == 0   ? MarginTextAlign::Left
                      : k == 1 ? MarginTextAlign::Center
                               : MarginTextAlign::Right;
  }
  if (filled > 1) {
    line.text.align = MarginTextAlign::Center;
    line.joined_sections = true;
  }
  line.text.size_pt = r.size_pt > 0 ? r.size_pt : 10.5;
  line.not_shown = std::move(r.not_shown);
  return line;
}

}  // namespace formwork::xlsx_read
