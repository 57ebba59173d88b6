#pragma once
// Pages, bookmarks and fonts of one PDF file, written as they come.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pdf/page_painter.h"
#include "pdf/pdf_file.h"

namespace formwork {

/// The fixed /CreationDate and /ModDate of every PDF (PDF 32000-1 §7.9.4
/// date string): the output depends on its input only.
inline constexpr const char* kFixedPdfDate = "D:20000101000000Z";

/// Options of a print file.
struct CopyOptions {
  int copies = 1;       ///< each document's pages this many times in a row
  bool duplex = false;  ///< each document (and copy) starts on an odd page
};

/// Writes one PDF file through a PdfFile: each document's page objects and
/// content streams as soon as it is added (a page's content stream once,
/// shared by its copies), each distinct image (ImageStreams::key) as one
/// Image XObject when a page first draws it, referred to by every later
/// page (a seal on 10,000 records is one XObject in the print file), the
/// fonts at finish() as one subset per face for all pages, so memory holds
/// only the fonts' glyph sets, one number per image and a few per page.
/// Structure (PDF 32000-1 §7.7): catalog, page tree (the first
/// kPagesAtRoot pages under the root, then nodes of kPagesPerNode pages,
/// so no Kids array grows with the file beyond one entry per node),
/// outline (§12.3.3: one item per bookmarked document, opening at its
/// first page), Info dictionary (§14.3.3) with fixed dates.
class DocumentWriter {
 public:
  static constexpr size_t kPagesAtRoot = 64;
  static constexpr size_t kPagesPerNode = 64;

  /// `sink` must outlive the writer.
  DocumentWriter(PdfSink& sink, const CopyOptions& options = {});
  ~DocumentWriter();
  DocumentWriter(const DocumentWriter&) = delete;
  DocumentWriter& operator=(const DocumentWriter&) = delete;

  /// Adds `doc`'s pages (options.copies times, each copy padded to start
  /// on an odd page when options.duplex) and, when `bookmark` is not
  /// empty, an outline item titled `bookmark` opening its first page.
  void add(const PaintedDocument& doc, const std::string& bookmark);
  /// Pages written so far, blank duplex pages included.
  size_t page_count() const { return pages_; }
  /// Writes the fonts, page tree, outline, catalog and Info (/Title
  /// `title` when not empty, /Producer and /Creator "formwork", the fixed
  /// dates kFixedPdfDate) and the trailer. A file without pages gets one
  /// blank A4 page, as a page tree must not be empty. Throws
  /// std::runtime_error for a font that cannot be subset.
  void finish(const std::string& title);

 private:
  uint32_t add_page(double width, double height, uint32_t content, const PaintedPage* painted);
  // A page's /Font dictionary; records the glyphs each face must embed.
  PoDoFo::PdfDictionary font_resources(const std::vector<FontUse>& fonts);
  // A page's /XObject dictionary; writes each image not yet in the file.
  PoDoFo::PdfDictionary image_resources(
      const std::vector<std::shared_ptr<const ImageStreams>>& images);
  // Writes `image` (and its /SMask) now; returns the XObject's number.
  uint32_t write_image(const ImageStreams& image);
  uint32_t page_parent();
  void close_node();
  void add_bookmark(const std::string& title, uint32_t page);
  void write_bookmark(uint32_t next);
  void write_fonts();
  void write_page_tree();
  uint32_t write_outline();

  PdfFile file_;
  CopyOptions options_;
  uint32_t root_;  // the page tree's root node
  size_t pages_ = 0;
  double last_width_ = 595.276, last_height_ = 841.89;
  std::vector<uint32_t> root_kids_;
  uint32_t node_ = 0;  // the page tree node being filled (0: the root)
  std::vector<uint32_t> node_kids_;
  // Fonts by first use: the Type 0 object reserved for each, its glyphs.
  std::vector<const HbFace*> font_order_;
  struct Embedded {
    uint32_t type0 = 0;
    std::vector<bool> used;  // by glyph id
  };
  std::map<const HbFace*, Embedded> fonts_;
  std::map<std::string, uint32_t> images_;  // ImageStreams::key → its XObject
  // Outline: the item waiting for its successor (/Next) to be known.
  struct Pending {
    uint32_t num = 0, page = 0, prev = 0;
    std::string title;
  };
  uint32_t outline_ = 0, first_item_ = 0;
  size_t items_ = 0;
  Pending pending_;
};

}  // namespace formwork
