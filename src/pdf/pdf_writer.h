#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "fonts/font_config.h"
#include "fonts/font_engine.h"
#include "layout/frame.h"
#include "model/document.h"

namespace formwork {

/// The bytes of one PDF (PDF 32000-1, version 1.4 syntax) holding `doc`'s
/// pages, laid out with `fonts`. Each face used is embedded once as a
/// CIDFontType2 subset (hb-subset, renumbered glyphs) under a Type 0 font
/// with Identity-H encoding and a ToUnicode CMap, so text extracts in
/// reading order (see paint_document, write_cid_font). /CreationDate and
/// /ModDate are fixed and the trailer /ID is the MD5 of the content: same
/// layout, same bytes. Safe to call from several threads at once with the
/// same engine; the painted pages are kept in `doc` for a later
/// MergedPdfWriter::add. Throws std::runtime_error for font problems.
std::string pdf_bytes(const LaidOutDocument& doc, FontEngine& fonts);

/// Options of the merged print file.
struct PrintOptions {
  int copies = 1;       ///< each record printed this many times in a row (一式三份 = 3)
  bool duplex = false;  ///< each record (and copy) starts on a front (odd) page
};

/// The merged print PDF of a batch, written to a temporary file beside
/// `path` page by page as records arrive (in record order, from one
/// thread): add() writes a record's pages (`copies` times, each copy
/// padded with a blank page to start on an odd page when `duplex`; the
/// copies share one content stream per page) and one outline entry
/// (bookmark, PDF 32000-1 §12.3.3) titled `bookmark` opening the record's
/// first page; finish() writes the fonts — one subset per face for the
/// whole batch — and renames the file into place, so memory does not grow
/// with the batch beyond the fonts' glyph sets. The /Title is the first
/// record's title. Without finish() (an exception, a destroyed writer) no
/// file appears. Throws IoError / std::runtime_error.
class MergedPdfWriter {
 public:
  MergedPdfWriter(std::string path, FontEngine& fonts, PrintOptions options = {});
  ~MergedPdfWriter();
  MergedPdfWriter(const MergedPdfWriter&) = delete;
  MergedPdfWriter& operator=(const MergedPdfWriter&) = delete;

  void add(const LaidOutDocument& doc, const std::string& bookmark);
  /// Number of records added so far.
  size_t count() const;
  /// Pages written so far (copies and blank duplex pages included).
  size_t page_count() const;
  void finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Lays `docs` out with a font engine built from `fonts` and writes them
/// to `path` atomically: one document as pdf_bytes() gives it, several as
/// a merged file with one bookmark per document (its title). For callers
/// without an engine of their own (tests); a batch shares one FontEngine
/// and calls pdf_bytes / MergedPdfWriter. Throws IoError, or
/// std::runtime_error for font problems.
void write_pdf(const std::vector<const Document*>& docs,
               const std::map<std::string, FontFiles>& fonts, const std::string& path);

}  // namespace formwork
