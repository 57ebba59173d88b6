#pragma once
// What the XLSX reader could not carry into the document model, collected
// per kind so the user reads one line per kind ("charts are not printed
// (2 on sheet 汇总)"), never one per occurrence, and nothing is lost
// without a word.
#include <map>
#include <set>
#include <string>
#include <vector>

namespace formwork::xlsx_read {

/// A kind of workbook content or formatting the model cannot show.
enum class XlsxLoss {
  HiddenSheet,        ///< state hidden / veryHidden (§18.2.19)
  Chart,              ///< xdr graphicFrame with c:chart, chartsheets
  Shape,              ///< xdr:sp, xdr:cxnSp, groups (text boxes, arrows)
  PictureFormat,      ///< images other than PNG/JPEG, or undecodable
  PictureMissing,     ///< image part missing or linked externally
  PictureOutside,     ///< a picture anchored outside the printed range
  Comment,            ///< cell comments and notes (§18.7)
  ConditionalFormat,  ///< conditionalFormatting (§18.3.1.18)
  DataValidation,     ///< dataValidations (§18.3.1.33): drop-down lists
  CellBorders,        ///< borders on some sides, thick, double, dashed or coloured
  DistributedAlign,   ///< horizontal distributed/fill: printed justified or left
  FirstPageHeader,    ///< differentFirst headers/footers
  EvenPageHeader,     ///< differentOddEven headers/footers
  HeaderSections,     ///< text in several of &L &C &R, joined into one line
  HeaderCodes,        ///< &D &T &F &Z &G printed as nothing
  SeveralPrintAreas,  ///< a print area of several ranges: the first is printed
  PrintTitles,        ///< _xlnm.Print_Titles rows repeated on each page
  PageBreaks,         ///< manual rowBreaks / colBreaks
  Scaling,            ///< pageSetup scale other than 100 or fit to height
};

/// Warnings of one read_xlsx call.
class XlsxWarnings {
 public:
  /// Records one occurrence of `kind` on worksheet `sheet`.
  void note(XlsxLoss kind, const std::string& sheet);

  /// Records a detail shown with the kind once (a hidden sheet's name, a
  /// header code such as "the file name or path (&F, &Z)").
  void detail(XlsxLoss kind, const std::string& what);

  /// Records a font face name that maps to no font role.
  void unknown_font(const std::string& name);

  /// One message per kind noted, in order of first occurrence, with its
  /// details and counts per sheet ("conditional formats are not printed
  /// (colours and icons of the rules) (2 on sheet 明细)"); then one
  /// message listing the unknown fonts.
  std::vector<std::string> messages() const;

 private:
  std::vector<XlsxLoss> order_;
  std::map<XlsxLoss, std::vector<std::pair<std::string, int>>> counts_;
  std::map<XlsxLoss, std::vector<std::string>> details_;
  std::vector<std::string> fonts_;
  std::set<std::string> font_set_;
};

}  // namespace formwork::xlsx_read
