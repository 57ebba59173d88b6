#include "docx/reader_warnings.h"

#include <algorithm>

namespace formwork {

namespace {

// What the user reads for each kind: what happened to the content in the
// PDF, TXT and XLSX made from the model.
const char* phrase(DocxLoss kind) {
  switch (kind) {
    case DocxLoss::TextBox:
      return "text boxes are not printed in PDF, TXT and XLSX";
    case DocxLoss::Shape:
      return "shapes (lines, arrows, WordArt, drawing groups) are not printed";
    case DocxLoss::Chart:
      return "charts are not printed";
    case DocxLoss::Diagram:
      return "SmartArt diagrams are not printed";
    case DocxLoss::EmbeddedObject:
      return "embedded objects (OLE objects, controls) are not printed";
    case DocxLoss::Equation:
      return "equations are printed as plain text";
    case DocxLoss::PictureFormat:
      return "pictures that are not PNG or JPEG (EMF, WMF, GIF, TIFF, SVG…) or cannot be decoded "
             "are not printed";
    case DocxLoss::PictureMissing:
      return "pictures whose image is missing from the package or linked externally are not "
             "printed";
    case DocxLoss::Footnote:
      return "footnotes and endnotes are not printed";
    case DocxLoss::NestedTable:
      return "nested tables are printed as paragraphs of their cells' text";
    case DocxLoss::MarginExtraText:
      return "header and footer lines besides the page-number line (or the first line) are not "
             "printed";
    case DocxLoss::MarginPicture:
      return "pictures, shapes and watermarks in headers and footers are not printed";
    case DocxLoss::MarginTable:
      return "tables in headers and footers are not printed";
    case DocxLoss::MarginRule:
      return "header and footer borders (rules) are not printed";
    case DocxLoss::EvenPageMargin:
      return "different even-page headers and footers are not printed (odd-page ones are used)";
    case DocxLoss::FirstPageMargin:
      return "different first-page headers and footers are not printed (default ones are used)";
    case DocxLoss::DistributedAlign:
      return "distributed alignment is printed as justified";
    case DocxLoss::ContinuousSection:
      return "continuous section breaks start a new page";
    case DocxLoss::Columns:
      return "multi-column sections and column breaks are printed in one column";
    case DocxLoss::Strike:
      return "strikethrough is not printed";
    case DocxLoss::VerticalAlign:
      return "superscript, subscript and raised or lowered text are printed on the baseline";
    case DocxLoss::Highlight:
      return "highlighting and character shading are not printed";
    case DocxLoss::ParagraphBorder:
      return "borders and shading of paragraphs are not printed";
    case DocxLoss::CellBorders:
      return "cell borders that differ from the table's are printed as the table's";
    case DocxLoss::TableAlign:
      return "centred or right-aligned tables narrower than the text are printed flush left";
    case DocxLoss::TextWrap:
      return "text does not wrap around floating pictures (they are printed over the text)";
    case DocxLoss::PagePositioned:
      return "floating pictures positioned on the page or margin are placed from their paragraph";
    case DocxLoss::NumberFormat:
      return "list numbers in unsupported formats are printed as decimal numbers";
    case DocxLoss::SymbolFont:
      return "symbol-font characters (Wingdings, Symbol) are printed as the nearest Unicode "
             "character or •";
    case DocxLoss::TrackedChanges:
      return "tracked changes are printed as if accepted";
    case DocxLoss::AltChunk:
      return "embedded documents (w:altChunk: HTML, RTF, DOCX) are not printed";
    case DocxLoss::TextFrame:
      return "text frames are printed in the text flow";
    case DocxLoss::PageBorders:
      return "page borders are not printed";
    case DocxLoss::LineNumbers:
      return "line numbers are not printed";
    case DocxLoss::VerticalText:
      return "vertical text is printed horizontally";
    case DocxLoss::PageNumbering:
      return "page numbers run on through the document in decimal (restarts and other formats "
             "are not reproduced)";
  }
  return "unsupported content";
}

}  // namespace

void ReaderWarnings::note(DocxLoss kind, const std::string& part) {
  auto [it, fresh] = counts_.try_emplace(kind);
  if (fresh) order_.push_back(kind);
  auto& parts = it->second;
  auto p = std::find_if(parts.begin(), parts.end(), [&](const auto& e) { return e.first == part; });
  if (p == parts.end()) {
    parts.emplace_back(part, 1);
  } else {
    ++p->second;
  }
}

void ReaderWarnings::unknown_font(const std::string& name) {
  if (font_set_.insert(name).second) fonts_.push_back(name);
}

std::vector<std::string> ReaderWarnings::messages() const {
  std::vector<std::string> out;
  for (DocxLoss kind : order_) {
    std::string where;
    for (const auto& [part, n] : counts_.at(kind)) {
      where += (where.empty() ? "" : ", ") + std::to_string(n) + " in " + part;
    }
    out.push_back(std::string(phrase(kind)) + " (" + where + ")");
  }
  if (!fonts_.empty()) {
    std::string names;
    for (const std::string& f : fonts_) names += (names.empty() ? "" : ", ") + f;
    out.push_back("fonts without a font role are printed as 宋体 (role song): " + names);
  }
  return out;
}

}  // namespace formwork
