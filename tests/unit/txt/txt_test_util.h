#pragma once
// Small builders for documents used by the TXT tests.
#include <string>
#include <vector>

#include "model/document.h"

namespace formwork::txt_test {

inline Paragraph para(std::string text, ParagraphRole role = ParagraphRole::Body,
                      Align align = Align::Left) {
  Paragraph p;
  p.role = role;
  p.align = align;
  p.runs.push_back(Run{std::move(text), TextStyle{}});
  return p;
}

inline Cell cell(std::string text, int colspan = 1, int rowspan = 1, Align align = Align::Left) {
  Cell c;
  c.paragraphs.push_back(para(std::move(text)));
  c.colspan = colspan;
  c.rowspan = rowspan;
  c.align = align;
  return c;
}

inline Row row(std::vector<Cell> cells) {
  Row r;
  r.cells = std::move(cells);
  return r;
}

inline std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t nl; (nl = s.find('\n', start)) != std::string::npos; start = nl + 1) {
    out.push_back(s.substr(start, nl - start));
  }
  if (start < s.size()) out.push_back(s.substr(start));
  return out;
}

}  // namespace formwork::txt_test
