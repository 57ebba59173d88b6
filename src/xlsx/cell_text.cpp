#include "xlsx/cell_text.h"

namespace formwork {
namespace {

constexpr const char* kEmSpace = "\u3000";  // 全角空格: the Chinese first-line indent

}  // namespace

std::string cell_text(const Cell& c) {
  std::string s;
  bool first = true;
  for (const Paragraph& p : c.paragraphs) {
    if (p.rule) continue;
    if (!first) s += '\n';
    s += p.text();
    first = false;
  }
  return s;
}

std::string paragraph_row_text(const Paragraph& p) {
  const std::string body = p.text();
  if (body.empty()) return body;
  std::string text;
  for (int i = 0; i < static_cast<int>(p.first_line_indent_em + 0.5); ++i) text += kEmSpace;
  return text + body;
}

}  // namespace formwork
