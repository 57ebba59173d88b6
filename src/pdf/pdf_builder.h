#pragma once
// Builds one PDF from laid-out documents: the part of write_pdf that can be
// tested with hand-made frames.
#include <map>
#include <memory>
#include <string>

#include "fonts/font_config.h"
#include "layout/font_metrics.h"
#include "layout/frame.h"

namespace formwork {

/// One PDF file under construction (PoDoFo PdfMemDocument). fonts() gives
/// layout the metrics of exactly the faces the painter embeds; add() paints
/// a laid-out document's pages after those already added; finish() returns
/// the file's bytes. Every font file is embedded once, as a CIDFontType2
/// subset (Identity-H, ToUnicode) shared by all pages of all documents.
/// Info metadata is fixed and the trailer /ID is a digest of the content,
/// so the same input gives byte-identical output.
class PdfBuilder {
 public:
  /// `fonts`: the resolved roles (FontConfig::resolve). Throws
  /// std::invalid_argument when empty.
  explicit PdfBuilder(std::map<std::string, FontFiles> fonts);
  ~PdfBuilder();
  PdfBuilder(const PdfBuilder&) = delete;
  PdfBuilder& operator=(const PdfBuilder&) = delete;

  /// Font metrics for layout_document; valid for the builder's lifetime.
  FontProvider& fonts();

  /// Paints `doc`'s pages (each at its own size). The first document's
  /// title becomes the PDF /Title. Throws std::runtime_error for a font
  /// that cannot be read or embedded, std::logic_error after finish().
  void add(const LaidOutDocument& doc);

  /// Writes the PDF (PDF 32000-1, version 1.3 syntax) and returns its
  /// bytes. A PDF without pages gets one blank A4 page, as a page tree must
  /// not be empty. The builder cannot be used afterwards.
  std::string finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace formwork
