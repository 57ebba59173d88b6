#pragma once
// The small fixed parts of a DOCX package: content types and relationships
// (ECMA-376 Part 2, OPC §10 and §9), settings (Part 1 §17.15), the font
// table (§17.8) and the core / extended properties (Part 2 §11, Part 1
// §22.2).
#include <string>
#include <vector>

#include "docx/font_names.h"
#include "docx/header_footer_plan.h"
#include "docx/media_parts.h"

namespace formwork {

/// [Content_Types].xml: defaults for rels and xml, and for png (image/png)
/// and jpeg (image/jpeg) when `media` holds such a part; overrides for
/// every other part including the header and footer `parts`.
std::string build_content_types_xml(const std::vector<HeaderFooterPart>& parts,
                                    const std::vector<MediaPart>& media = {});

/// _rels/.rels: the main document, core and extended properties.
std::string build_package_rels_xml();

/// word/_rels/document.xml.rels: styles, settings, font table, every
/// header and footer part under its rel_id and every image part of `media`
/// (relationship type …/relationships/image, Part 1 §15.2.14) under its.
std::string build_document_rels_xml(const std::vector<HeaderFooterPart>& parts,
                                    const std::vector<MediaPart>& media = {});

/// word/settings.xml (§17.15.1): 100 % zoom, 2-character (420 twips)
/// default tab stop, w:evenAndOddHeaders when `even_and_odd_headers`
/// (§17.10.1: even pages take the even header/footer), compressed CJK
/// punctuation, Word 2013+ compatibility mode.
std::string build_settings_xml(bool even_and_odd_headers);

/// word/fontTable.xml: every face of fonts.font_list() with its
/// alternative name and charset, so readers pick a good substitute.
std::string build_font_table_xml(const DocxFonts& fonts);

/// docProps/core.xml: dc:title = `title`, dc:creator "formwork", fixed
/// dcterms:created/modified 2000-01-01T00:00:00Z for reproducible output.
std::string build_core_xml(const std::string& title);

/// docProps/app.xml: Application "formwork".
std::string build_app_xml();

}  // namespace formwork
