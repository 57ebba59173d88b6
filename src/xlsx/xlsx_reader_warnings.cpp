#include "xlsx/xlsx_reader_warnings.h"

#include <algorithm>

namespace formwork::xlsx_read {

namespace {

// What the user reads for each kind: what happened to it in the PDF, DOCX
// and TXT made from the workbook (the XLSX output is the workbook itself).
const char* phrase(XlsxLoss kind) {
  switch (kind) {
    case XlsxLoss::HiddenSheet:
      return "hidden sheets are not printed";
    case XlsxLoss::Chart:
      return "charts are not printed";
    case XlsxLoss::Shape:
      return "shapes and text boxes are not printed";
    case XlsxLoss::PictureFormat:
      return "pictures that are not PNG or JPEG (EMF, WMF, GIF, SVG…) or cannot be decoded are "
             "not printed";
    case XlsxLoss::PictureMissing:
      return "pictures whose image is missing from the workbook or linked externally are not "
             "printed";
    case XlsxLoss::PictureOutside:
      return "pictures anchored outside the print area or in hidden rows or columns are not "
             "printed";
    case XlsxLoss::Comment:
      return "cell comments and notes are not printed";
    case XlsxLoss::ConditionalFormat:
      return "conditional formats (colours, data bars, icons set by rules) are not printed";
    case XlsxLoss::DataValidation:
      return "data validation (drop-down lists, input messages) is not printed; the values are";
    case XlsxLoss::CellBorders:
      return "cell borders on some cells or sides only, or thick, double, dashed or coloured, "
             "are printed as thin black lines around every cell of the table";
    case XlsxLoss::DistributedAlign:
      return "distributed and fill alignment are printed as justified or left-aligned";
    case XlsxLoss::FirstPageHeader:
      return "a different first-page header or footer is not printed (the normal one is used)";
    case XlsxLoss::EvenPageHeader:
      return "different even-page headers and footers are not printed (the odd-page ones are "
             "used)";
    case XlsxLoss::HeaderSections:
      return "header or footer text in several sections (left, centre, right) is printed as one "
             "centred line";
    case XlsxLoss::HeaderCodes:
      return "header and footer codes printed as nothing";
    case XlsxLoss::SeveralPrintAreas:
      return "a print area of several ranges: only the first range is printed";
    case XlsxLoss::PrintTitles:
      return "print titles (rows repeated at the top of each page) are printed once";
    case XlsxLoss::PageBreaks:
      return "manual page breaks are not kept (pages break where the text fills them)";
    case XlsxLoss::Scaling:
      return "print scaling is not applied (fonts keep their size; wide sheets are fitted to the "
             "page width)";
  }
  return "unsupported content";
}

}  // namespace

void XlsxWarnings::note(XlsxLoss kind, const std::string& sheet) {
  auto [it, fresh] = counts_.try_emplace(kind);
  if (fresh) order_.push_back(kind);
  auto& sheets = it->second;
  auto p =
      std::find_if(sheets.begin(), sheets.end(), [&](const auto& e) { return e.first == sheet; });
  if (p == sheets.end()) {
    sheets.emplace_back(sheet, 1);
  } else {
    ++p->second;
  }
}

void XlsxWarnings::detail(XlsxLoss kind, const std::string& what) {
  std::vector<std::string>& list = details_[kind];
  if (std::find(list.begin(), list.end(), what) == list.end()) list.push_back(what);
}

void XlsxWarnings::unknown_font(const std::string& name) {
  if (font_set_.insert(name).second) fonts_.push_back(name);
}

std::vector<std::string> XlsxWarnings::messages() const {
  std::vector<std::string> out;
  for (XlsxLoss kind : order_) {
    std::string text = phrase(kind);
    const auto d = details_.find(kind);
    if (d != details_.end() && !d->second.empty()) {
      std::string list;
      for (const std::string& w : d->second) list += (list.empty() ? "" : ", ") + w;
      text += ": " + list;
    }
    if (kind == XlsxLoss::HiddenSheet) {  // the sheets themselves are the news
      std::string names;
      for (const auto& [sheet, n] : counts_.at(kind)) names += (names.empty() ? "" : ", ") + sheet;
      out.push_back(text + ": " + names);
      continue;
    }
    std::string where;
    for (const auto& [sheet, n] : counts_.at(kind)) {
      where += (where.empty() ? "" : ", ") + std::to_string(n) + " on sheet " + sheet;
    }
    out.push_back(text + " (" + where + ")");
  }
  if (!fonts_.empty()) {
    std::string names;
    for (const std::string& f : fonts_) names += (names.empty() ? "" : ", ") + f;
    out.push_back("fonts without a font role are printed as 宋体 (role song): " + names);
  }
  return out;
}

}  // namespace formwork::xlsx_read
