#pragma once
// Pictures drawn on a worksheet (ECMA-376 Part 1 §20.5 SpreadsheetML
// drawing: xdr:twoCellAnchor §20.5.2.33, xdr:oneCellAnchor §20.5.2.24
// holding xdr:pic with a:blip r:embed) read as pictures anchored to cells.
// Charts and shapes in the same drawing are counted as warnings.
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "ooxml/package_reader.h"
#include "xlsx/sheet_bands.h"
#include "xlsx/xlsx_reader_warnings.h"

namespace formwork::xlsx_read {

/// The pictures of the drawing part `drawing_part` of worksheet `sheet`:
/// each anchored at its xdr:from cell (0-based row and column) with the
/// offsets colOff/rowOff (EMU → mm, 36000 EMU per mm), sized by the
/// picture's a:xfrm a:ext (or oneCellAnchor's xdr:ext) in EMU → mm, alt
/// text from xdr:cNvPr descr (else name); decoded once (decode_picture:
/// PNG and JPEG). absoluteAnchor pictures are anchored at A1. Charts,
/// shapes, text boxes, missing, external or undecodable images give no
/// picture and a warning of their kind. Throws TemplateError when the
/// drawing part is not well-formed XML.
std::vector<AnchoredPicture> read_sheet_pictures(const OpcPackage& package,
                                                 const std::string& drawing_part,
                                                 const std::string& sheet, XlsxWarnings& warnings);

}  // namespace formwork::xlsx_read
