#pragma once
// One PdfFont (CIDFontType2 subset, Identity-H, ToUnicode) per font file
// per PDF, created when a page first draws with it.
#include <map>
#include <string>

namespace PoDoFo {
class PdfDocument;
class PdfFont;
}  // namespace PoDoFo

namespace formwork {

/// Maps face ids (font file paths) to the document's subset fonts. Every
/// page and every laid-out document added to the PDF shares them, so a
/// merged print file embeds each subset once. Creation order (first use)
/// fixes the subset tags (AAAAAA+, BAAAAA+, …), so the same input always
/// gives the same names.
class EmbeddedFonts {
 public:
  /// `doc` must outlive this object.
  explicit EmbeddedFonts(PoDoFo::PdfDocument& doc) : doc_(doc) {}

  /// The subset font of `path`. Throws std::runtime_error when PoDoFo
  /// cannot load it (e.g. a .ttc collection).
  PoDoFo::PdfFont& font(const std::string& path);

 private:
  PoDoFo::PdfDocument& doc_;
  std::map<std::string, PoDoFo::PdfFont*> fonts_;  // owned by the document
};

}  // namespace formwork
