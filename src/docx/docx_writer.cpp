#include "docx/docx_writer.h"

#include <string>
#include <utility>
#include <vector>

#include "docx/document_styles.h"
#include "docx/document_xml.h"
#include "docx/docx_sections.h"
#include "docx/header_footer_plan.h"
#include "docx/media_parts.h"
#include "docx/package_parts.h"
#include "docx/styles_xml.h"
#include "ooxml/zip_package.h"
#include "util/atomic_file.h"

namespace formwork {

std::string docx_bytes(const Document& doc, const DocxOptions& options) {
  // A document read from a filled DOCX template is that package: its
  // author's styles, numbering and layout are written back untouched.
  if (doc.source_docx) return *doc.source_docx;
  DocxFonts fonts(options.font_faces);
  DocumentStyles styles = derive_document_styles(doc);
  HeaderFooterPlan headers = plan_headers_footers(section_pages(split_sections(doc)), fonts);
  // The document part first: it finds the images the others list.
  DocxMedia media;
  std::string document = build_document_xml(doc, styles, headers, fonts, media);
  // Fixed part order: [Content_Types].xml first, as readers expect.
  std::vector<ZipEntry> parts;
  parts.push_back({"[Content_Types].xml", build_content_types_xml(headers.parts, media.parts())});
  parts.push_back({"_rels/.rels", build_package_rels_xml()});
  parts.push_back({"word/document.xml", std::move(document)});
  parts.push_back({"word/styles.xml", build_styles_xml(styles, fonts)});
  parts.push_back({"word/settings.xml", build_settings_xml(headers.even_and_odd)});
  parts.push_back({"word/fontTable.xml", build_font_table_xml(fonts)});
  for (const HeaderFooterPart& part : headers.parts) {
    parts.push_back({"word/" + part.name, part.xml});
  }
  for (const MediaPart& part : media.parts()) parts.push_back({"word/" + part.name, *part.data});
  parts.push_back(
      {"word/_rels/document.xml.rels", build_document_rels_xml(headers.parts, media.parts())});
  parts.push_back({"docProps/core.xml", build_core_xml(doc.title)});
  parts.push_back({"docProps/app.xml", build_app_xml()});
  return build_zip(parts);
}

void write_docx(const Document& doc, const std::string& path, const DocxOptions& options) {
  write_file_atomic(path, docx_bytes(doc, options));
}

}  // namespace formwork
