#pragma once
// What the DOCX reader could not carry into the document model, collected
// per kind so the user reads one line per kind ("text boxes are not
// printed in PDF, TXT and XLSX (2 in word/document.xml)"), never one per
// occurrence, and nothing is lost without a word.
#include <map>
#include <set>
#include <string>
#include <vector>

namespace formwork {

/// A kind of content or formatting the model cannot represent.
enum class DocxLoss {
  TextBox,            ///< wps:txbx, v:textbox
  Shape,              ///< DrawingML/VML shapes, lines, WordArt, groups, canvases
  Chart,              ///< c:chart
  Diagram,            ///< SmartArt (dgm)
  EmbeddedObject,     ///< w:object (OLE), w:control
  Equation,           ///< m:oMath (kept as plain text)
  PictureFormat,      ///< images other than PNG or JPEG, or undecodable
  PictureMissing,     ///< image part missing or external (r:link)
  Footnote,           ///< w:footnoteReference, w:endnoteReference
  NestedTable,        ///< w:tbl in a w:tc
  MarginExtraText,    ///< header/footer lines besides the one kept
  MarginPicture,      ///< pictures, shapes, watermarks in headers/footers
  MarginTable,        ///< tables in headers/footers
  MarginRule,         ///< paragraph borders in headers/footers (Word's header line)
  EvenPageMargin,     ///< a different even-page header/footer
  FirstPageMargin,    ///< a different, non-empty first-page header/footer
  DistributedAlign,   ///< w:jc distribute / thaiDistribute
  ContinuousSection,  ///< a section that does not start a new page
  Columns,            ///< w:cols with more than one column, w:br column
  Strike,             ///< w:strike, w:dstrike
  VerticalAlign,      ///< superscript, subscript, raised/lowered text
  Highlight,          ///< w:highlight, run w:shd
  ParagraphBorder,    ///< borders and shading of paragraphs with text
  CellBorders,        ///< cell borders that differ from the table's one flag
  TableAlign,         ///< a centred or right-aligned table narrower than the text
  TextWrap,           ///< text wrapping around a floating picture
  PagePositioned,     ///< a floating picture placed relative to the page or margin
  NumberFormat,       ///< list numbering formats printed as decimal
  SymbolFont,         ///< w:sym and symbol-font bullets
  TrackedChanges,     ///< w:ins / w:del: printed as accepted
  AltChunk,           ///< w:altChunk (embedded HTML, RTF, another DOCX)
  TextFrame,          ///< w:framePr: framed paragraphs printed in the flow
  PageBorders,        ///< w:pgBorders
  LineNumbers,        ///< w:lnNumType
  VerticalText,       ///< w:textDirection other than left-to-right, top-to-bottom
  PageNumbering,      ///< w:pgNumType restarts or formats other than decimal
};

/// Warnings of one read_docx call.
class ReaderWarnings {
 public:
  /// Records one occurrence of `kind` in part `part` ("word/document.xml").
  void note(DocxLoss kind, const std::string& part);

  /// Records a font face name that maps to no font role.
  void unknown_font(const std::string& name);

  /// One message per kind noted, in order of first occurrence, each with
  /// its count per part ("… (2 in word/document.xml, 1 in
  /// word/header1.xml)"); then one message listing the unknown fonts.
  std::vector<std::string> messages() const;

 private:
  std::vector<DocxLoss> order_;
  std::map<DocxLoss, std::vector<std::pair<std::string, int>>> counts_;
  std::vector<std::string> fonts_;
  std::set<std::string> font_set_;
};

}  // namespace formwork
