#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "fonts/font_config.h"
#include "layout/frame.h"
#include "model/document.h"
#include "pdf/font_engine.h"

namespace formwork {

/// Writes documents to one PDF (PDF 32000-1): each document laid out by
/// layout_document and painted on its own pages, so N documents give one
/// merged print file sharing one subset per font. Fonts are embedded as
/// CIDFontType2 subsets with Identity-H encoding and a ToUnicode CMap, so
/// text extracts in reading order. /CreationDate and /ModDate are fixed and
/// the trailer /ID is a hash of the content: same input, same bytes.
/// Written atomically. Throws IoError, or std::runtime_error for font
/// problems.
void write_pdf(const std::vector<const Document*>& docs,
               const std::map<std::string, FontFiles>& fonts, const std::string& path);

/// The bytes of one PDF holding `doc`'s pages (laid out with `fonts`).
/// Deterministic: same layout, same bytes. Safe to call from several
/// threads at once with the same engine. Throws std::runtime_error for
/// font problems.
std::string pdf_bytes(const LaidOutDocument& doc, FontEngine& fonts);

/// Options of the merged print file.
struct PrintOptions {
  int copies = 1;       ///< each record printed this many times in a row (一式三份 = 3)
  bool duplex = false;  ///< each record (and copy) starts on a front (odd) page
};

/// The merged print PDF of a batch, written as records arrive (in record
/// order, from one thread): add() paints a record's pages, with one
/// outline entry (bookmark) per record; finish() writes the file
/// atomically. Throws IoError / std::runtime_error.
class MergedPdfWriter {
 public:
  MergedPdfWriter(std::string path, FontEngine& fonts, PrintOptions options = {});
  ~MergedPdfWriter();
  MergedPdfWriter(const MergedPdfWriter&) = delete;
  MergedPdfWriter& operator=(const MergedPdfWriter&) = delete;

  void add(const LaidOutDocument& doc, const std::string& bookmark);
  /// Number of records added so far.
  size_t count() const;
  void finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace formwork
