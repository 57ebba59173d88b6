#pragma once
// Builders and a read-back helper (openpyxl through /usr/bin/python3) for
// the XLSX writer tests.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <map>
#include <memory>
#include <string>

#include "model/document.h"

namespace formwork::xlsx_test {

inline Paragraph para(std::string text, ParagraphRole role = ParagraphRole::Body,
                      Align align = Align::Left) {
  Paragraph p;
  p.role = role;
  p.align = align;
  p.runs.push_back(Run{std::move(text), TextStyle{}});
  return p;
}

inline Cell text_cell(std::string text, int colspan = 1, int rowspan = 1) {
  Cell c;
  c.paragraphs.push_back(para(std::move(text)));
  c.colspan = colspan;
  c.rowspan = rowspan;
  return c;
}

/// A money cell: shown text "1,234.56", value 1234.56, format #,##0.00.
inline Cell money_cell(const std::string& number, const std::string& shown,
                       const std::string& formula = "") {
  Cell c = text_cell(shown);
  c.align = Align::Right;
  c.value.number = Decimal::parse(number);
  c.value.number_format = "#,##0.00";
  c.value.formula_r1c1 = formula;
  return c;
}

inline Row row(std::vector<Cell> cells, bool header = false) {
  Row r;
  r.cells = std::move(cells);
  r.header = header;
  return r;
}

/// Runs a shell command and returns its standard output.
inline std::string run(const std::string& cmd) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  if (!pipe) return {};
  std::string out;
  std::array<char, 4096> buf;
  for (size_t n; (n = fread(buf.data(), 1, buf.size(), pipe.get())) > 0;) out.append(buf.data(), n);
  return out;
}

/// Copies the workbook `src` to `dst` with the cached result of formula cell
/// `cell` ("D3") on the first worksheet replaced by `value`
/// (tests/e2e/set_cached_value.py): a workbook whose formula and cached
/// value disagree, which write_xlsx refuses to write. Returns the script's
/// output (empty on success).
inline std::string with_cached_value(const std::string& src, const std::string& dst,
                                     const std::string& cell, const std::string& value) {
  return run("/usr/bin/python3 " FORMWORK_SOURCE_DIR "/tests/e2e/set_cached_value.py '" + src +
             "' '" + dst + "' '" + cell + "' '" + value + "' 2>&1");
}

/// The key=value lines read_xlsx.py prints for worksheet `sheet` (0-based)
/// of `path`.
inline std::map<std::string, std::string> read_back(const std::string& path, int sheet = 0) {
  const std::string out =
      run("/usr/bin/python3 " FORMWORK_SOURCE_DIR "/tests/unit/xlsx/read_xlsx.py '" + path + "' " +
          std::to_string(sheet) + " 2>&1");
  std::map<std::string, std::string> kv;
  size_t start = 0;
  for (size_t nl; (nl = out.find('\n', start)) != std::string::npos; start = nl + 1) {
    const std::string line = out.substr(start, nl - start);
    const size_t eq = line.find('=');
    if (eq != std::string::npos) kv[line.substr(0, eq)] = line.substr(eq + 1);
  }
  if (kv.empty()) ADD_FAILURE() << "read_xlsx.py failed: " << out;
  return kv;
}

}  // namespace formwork::xlsx_test
