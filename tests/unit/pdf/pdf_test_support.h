#pragma once
// Helpers for the PDF tests: hand-made frames shaped with the builder's
// own font provider, temporary files, and the poppler/qpdf command-line
// readers (qpdf, pdffonts, pdftotext, pdfinfo).
#include <map>
#include <string>
#include <vector>

#include "fonts/font_config.h"
#include "fonts/font_engine.h"
#include "layout/font_metrics.h"
#include "layout/frame.h"

namespace formwork::testing {

/// The Debian default fonts, resolved once per test binary.
const std::map<std::string, FontFiles>& default_fonts();

/// One font engine over default_fonts() for the whole test binary, as a
/// batch shares one.
FontEngine& default_engine();

/// Sets `text` on one baseline from (x, y), one GlyphRun per stretch of
/// code points that share a face (as layout does), each glyph at its
/// natural advance plus `extra_pt` (letter spacing that forces explicit
/// positioning when non-zero). Returns the x after the last glyph.
double set_line(Page& page, FontProvider& fonts, const std::string& text, double x, double y,
                double size, const std::string& role = "song", bool bold = false,
                bool italic = false, double extra_pt = 0);

/// A fresh empty folder under FORMWORK_TEST_TMP named after the test.
std::string fresh_dir();

/// Writes bytes to a file; returns the path.
std::string write_bytes(const std::string& path, const std::string& bytes);

/// Output (stdout + stderr) and exit status of a shell command.
struct CommandResult {
  int status = -1;
  std::string output;
};
CommandResult run(const std::string& command);

/// pdffonts rows (after the two header lines) of a PDF.
std::vector<std::string> pdffonts_rows(const std::string& pdf);

/// Number of occurrences of `needle` in `haystack`.
int count_of(const std::string& haystack, const std::string& needle);

/// A text line as `pdftotext -bbox-layout` reports it: its box in pt from
/// the page's top-left corner and its words joined by single spaces.
struct BBoxLine {
  double x_min = 0, y_min = 0, x_max = 0, y_max = 0;
  std::string text;
};

/// One page of `pdftotext -bbox-layout`: size in pt and lines sorted top
/// to bottom (then left to right).
struct BBoxPage {
  double width = 0, height = 0;
  std::vector<BBoxLine> lines;
};

/// Every page of `pdf` read back with `pdftotext -bbox-layout` (poppler).
std::vector<BBoxPage> bbox_layout(const std::string& pdf);

}  // namespace formwork::testing
