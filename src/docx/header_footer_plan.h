#pragma once
// Which header and footer parts a document needs and which of them each
// section references (ECMA-376 Part 1 §17.10.1: default/even/first
// headers and footers, w:evenAndOddHeaders, w:titlePg).
#include <string>
#include <vector>

#include "docx/font_names.h"
#include "docx/section_xml.h"
#include "model/document.h"

namespace formwork {

/// One header or footer part of the package.
struct HeaderFooterPart {
  bool header = false;
  std::string name;    ///< part name under word/, e.g. "footer1.xml"
  std::string rel_id;  ///< relationship id in document.xml.rels, e.g. "rIdFooter1"
  std::string xml;     ///< the part's bytes
};

/// The header/footer parts and, per section, its references.
struct HeaderFooterPlan {
  std::vector<HeaderFooterPart> parts;             ///< headers and footers, in first-use order
  std::vector<std::vector<HeaderFooterRef>> refs;  ///< one list per section
  bool title_page = false;                         ///< the first section has w:titlePg
  bool even_and_odd = false;                       ///< settings.xml w:evenAndOddHeaders
};

/// Plans the parts for `sections` (their page setups, in document order):
/// - Outside alignment anywhere turns on even/odd headers for the whole
///   document (it is a document setting): a section's default (odd) part
///   is right-aligned, its even part left-aligned; sections with another
///   alignment reference the same part for both.
/// - skip_first_page in the first section gives it w:titlePg with an empty
///   first-page part (the other margin line, if it does not skip, is
///   repeated as the first-page part). Later sections start on a later
///   page, so they have no w:titlePg.
/// - Once any section has a header (footer), every section references its
///   own — an empty part where it has none — rather than inheriting the
///   previous section's; identical parts are written once and shared.
/// Page numbers are never restarted, so {page} runs on across sections.
HeaderFooterPlan plan_headers_footers(const std::vector<const PageSetup*>& sections,
                                      const DocxFonts& fonts);

}  // namespace formwork
