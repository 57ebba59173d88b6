// Reads a .docx with the DOCX reader (docx/docx_reader.h) or an .xlsx with
// the XLSX reader (xlsx/xlsx_reader.h) and writes the model through the
// writers, without the CLI: OUT.pdf, OUT.txt, OUT.docx and, for a .docx,
// OUT.xlsx. Warnings go to stderr, one per line ("warning: …"); the read
// time (median of --repeat reads) to stdout. Test-only: test_docx_reader.sh
// (check_docx_reader.py) and test_xlsx_reader.sh.
//
//   office_reader_render IN.docx|IN.xlsx OUT_PREFIX [--repeat N] [--only pdf|txt|xlsx|docx]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "docx/docx_reader.h"
#include "docx/docx_writer.h"
#include "fonts/font_config.h"
#include "layout/layout.h"
#include "pdf/pdf_writer.h"
#include "txt/txt_writer.h"
#include "xlsx/xlsx_reader.h"
#include "xlsx/xlsx_writer.h"

namespace {

using namespace formwork;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The document and warnings of either reader.
struct Reading {
  Document document;
  std::vector<std::string> warnings;
};

Reading read_office(const std::string& bytes, bool workbook) {
  if (workbook) {
    XlsxReading r = read_xlsx(bytes);
    return {std::move(r.document), std::move(r.warnings)};
  }
  DocxReading r = read_docx(bytes);
  return {std::move(r.document), std::move(r.warnings)};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr
        << "usage: office_reader_render IN.docx|IN.xlsx OUT_PREFIX [--repeat N] [--only KIND]\n";
    return 1;
  }
  const std::string in = argv[1], out = argv[2];
  const bool workbook = in.size() > 5 && in.substr(in.size() - 5) == ".xlsx";
  int repeat = 1;
  std::string only;
  for (int i = 3; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--repeat") repeat = std::max(1, std::stoi(argv[i + 1]));
    if (a == "--only") only = argv[i + 1];
  }
  try {
    const std::string bytes = read_file(in);
    std::vector<double> ms;
    Reading reading;
    for (int i = 0; i < repeat; ++i) {
      const auto start = std::chrono::steady_clock::now();
      reading = read_office(bytes, workbook);
      ms.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
              .count());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("read_ms=%.3f\n", ms[ms.size() / 2]);
    for (const std::string& w : reading.warnings) std::cerr << "warning: " << w << "\n";
    Document& doc = reading.document;
    if (doc.title.empty()) doc.title = in;
    if (only.empty() || only == "pdf") {
      FontEngine fonts(FontConfig::defaults().resolve());
      LaidOutDocument laid = layout_document(doc, fonts);
      for (const auto& w : laid.warnings) std::cerr << "layout: " << w << "\n";
      std::ofstream(out + ".pdf", std::ios::binary) << pdf_bytes(laid, fonts);
    }
    if (only.empty() || only == "txt") write_txt(doc, out + ".txt");
    if (!workbook && (only.empty() || only == "xlsx")) write_xlsx(doc, out + ".xlsx");
    if (only.empty() || only == "docx") write_docx(doc, out + ".docx");
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
