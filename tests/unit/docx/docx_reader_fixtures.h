#pragma once
// Hand-written WordprocessingML packages for the DOCX reader tests: the
// constructs Word, WPS and LibreOffice write that formwork's own writer
// never does (style chains, theme fonts, content controls, numbering,
// text boxes…).
#include <map>
#include <string>
#include <vector>

#include "model/document.h"

namespace formwork::docx_reader_test {

/// A .docx whose word/document.xml body is `body` (the root declares the
/// w, r, wp, a, pic, mc, wps, v, m and w14 prefixes). `parts` adds parts by
/// name under word/ ("styles.xml", "numbering.xml", "theme/theme1.xml",
/// "settings.xml", "header1.xml", "footer1.xml", "media/image1.png"…);
/// word/_rels/document.xml.rels relates each: styles, numbering, theme and
/// settings by type; headerN.xml as r:id "rHN", footerN.xml as "rFN",
/// media/imageN.* as "rImgN".
std::string make_docx(const std::string& body,
                      const std::map<std::string, std::string>& parts = {});

/// `<w:styles>` holding `content` (w:docDefaults, w:style…).
std::string styles_xml(const std::string& content);

/// `<w:numbering>` holding `content`.
std::string numbering_xml(const std::string& content);

/// A w:hdr or w:ftr part (`root` "hdr" or "ftr") holding `content`.
std::string margin_xml(const std::string& root, const std::string& content);

/// The blocks of `doc` that are paragraphs, in order.
std::vector<const Paragraph*> paragraphs(const Document& doc);

/// The blocks of `doc` that are tables, in order.
std::vector<const Table*> tables(const Document& doc);

/// A 1 × 1 RGBA PNG (decodable by decode_picture).
extern const std::string kTinyPng;

}  // namespace formwork::docx_reader_test
