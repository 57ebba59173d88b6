#include "docx/docx_writer.h"

#include <vector>

#include "docx/document_xml.h"
#include "docx/footer_xml.h"
#include "docx/package_parts.h"
#include "docx/styles_xml.h"
#include "docx/zip_package.h"
#include "util/atomic_file.h"

namespace formwork {

void write_docx(const Document& doc, const std::string& path) {
  bool has_footer = !doc.page.footer.empty();
  // Fixed part order: [Content_Types].xml first, as readers expect.
  std::vector<ZipEntry> parts;
  parts.push_back({"[Content_Types].xml", build_content_types_xml(has_footer)});
  parts.push_back({"_rels/.rels", build_package_rels_xml()});
  parts.push_back({"word/document.xml", build_document_xml(doc, has_footer)});
  parts.push_back({"word/styles.xml", build_styles_xml()});
  parts.push_back({"word/settings.xml", build_settings_xml()});
  parts.push_back({"word/fontTable.xml", build_font_table_xml()});
  if (has_footer) parts.push_back({"word/footer1.xml", build_footer_xml(doc.page.footer.pattern)});
  parts.push_back({"word/_rels/document.xml.rels", build_document_rels_xml(has_footer)});
  parts.push_back({"docProps/core.xml", build_core_xml(doc.title)});
  parts.push_back({"docProps/app.xml", build_app_xml()});
  write_file_atomic(path, build_zip(parts));
}

}  // namespace formwork
