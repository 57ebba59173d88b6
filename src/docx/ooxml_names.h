#pragma once
// Namespace URIs, content types and relationship types of the parts a
// formwork DOCX package holds (ECMA-376 Part 1 §11 and Part 2 OPC).
namespace formwork::ooxml {

// XML namespaces.
inline constexpr const char* kNsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* kNsR =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr const char* kNsPackageRels =
    "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr const char* kNsContentTypes =
    "http://schemas.openxmlformats.org/package/2006/content-types";
inline constexpr const char* kNsCoreProps =
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
inline constexpr const char* kNsExtendedProps =
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
// DrawingML (Part 1 §20): WordprocessingML drawings (wp, §20.4), the main
// DrawingML namespace (a, §20.1) and pictures (pic, §20.2). The same URI
// names the picture kind of a:graphicData (§20.1.2.2.17).
inline constexpr const char* kNsWordDrawing =
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
inline constexpr const char* kNsDrawingMain =
    "http://schemas.openxmlformats.org/drawingml/2006/main";
inline constexpr const char* kNsPicture =
    "http://schemas.openxmlformats.org/drawingml/2006/picture";

// Relationship types (Part 1 §15).
inline constexpr const char* kRelOfficeDocument =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
inline constexpr const char* kRelCoreProps =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
inline constexpr const char* kRelExtendedProps =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
inline constexpr const char* kRelStyles =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
inline constexpr const char* kRelSettings =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
inline constexpr const char* kRelFontTable =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
inline constexpr const char* kRelHeader =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
inline constexpr const char* kRelFooter =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
inline constexpr const char* kRelImage =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

// Content types.
inline constexpr const char* kCtRels = "application/vnd.openxmlformats-package.relationships+xml";
inline constexpr const char* kCtDocument =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
inline constexpr const char* kCtStyles =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
inline constexpr const char* kCtSettings =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
inline constexpr const char* kCtFontTable =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
inline constexpr const char* kCtHeader =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
inline constexpr const char* kCtFooter =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
inline constexpr const char* kCtCoreProps =
    "application/vnd.openxmlformats-package.core-properties+xml";
inline constexpr const char* kCtExtendedProps =
    "application/vnd.openxmlformats-officedocument.extended-properties+xml";
inline constexpr const char* kCtPng = "image/png";
inline constexpr const char* kCtJpeg = "image/jpeg";

}  // namespace formwork::ooxml
