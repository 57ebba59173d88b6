#include "docx/docx_reader.h"

#include <optional>
#include <pugixml.hpp>
#include <string>

#include "docx/body_reader.h"
#include "docx/drawing_reader.h"
#include "docx/header_footer_reader.h"
#include "docx/numbering_reader.h"
#include "ooxml/package_reader.h"
#include "docx/reader_context.h"
#include "docx/reader_warnings.h"
#include "docx/reader_xml.h"
#include "docx/style_sheet.h"
#include "util/errors.h"
#include "util/forbidden_chars.h"

namespace formwork {

namespace {

using docx_read::child;

// Part `name` parsed into `doc`; false when the package has no such part.
bool load(const OpcPackage& package, const std::string& name, pugi::xml_document& doc) {
  if (name.empty()) return false;
  std::optional<std::string> bytes = package.part(name);
  if (!bytes) return false;
  docx_read::parse_part(doc, *bytes, name);
  return true;
}

// dc:title of the core properties (Part 2 §11), for PDF and DOCX metadata.
std::string core_title(const OpcPackage& package) {
  std::string name = related_part(package.relationships(""), "core-properties");
  pugi::xml_document core;
  if (!load(package, name.empty() ? "docProps/core.xml" : name, core)) return "";
  return clean_text(child(core.document_element(), "title").text().get());
}

bool even_and_odd_headers(const OpcPackage& package, const Relationships& rels) {
  pugi::xml_document settings;
  if (!load(package, related_part(rels, "settings"), settings)) return false;
  pugi::xml_node node = child(settings.document_element(), "evenAndOddHeaders");
  return node && docx_read::on_off(node);
}

}  // namespace

DocxReading read_docx(std::string_view bytes) {
  OpcPackage package(bytes);
  const std::string main = package.main_document();
  PartContext part{main, package.relationships(main), false};
  pugi::xml_document document;
  load(package, main, document);
  pugi::xml_node body = child(document.document_element(), "body");
  if (!body) throw TemplateError(main + " has no w:body", SourceLoc{});

  pugi::xml_document styles_xml, numbering_xml, theme_xml;
  StyleSheet styles;
  if (load(package, related_part(part.rels, "styles"), styles_xml)) {
    styles = StyleSheet(styles_xml.document_element());
  }
  Numbering numbering;
  if (load(package, related_part(part.rels, "numbering"), numbering_xml)) {
    numbering = Numbering(numbering_xml.document_element());
  }
  ReaderWarnings warnings;
  DrawingReader drawings(package, warnings);
  ReaderContext ctx;
  ctx.package = &package;
  ctx.styles = &styles;
  if (load(package, related_part(part.rels, "theme"), theme_xml)) {
    ctx.theme = read_theme_fonts(theme_xml.document_element());
  }
  ctx.numbering = &numbering;
  ctx.drawings = &drawings;
  ctx.warnings = &warnings;

  DocxReading reading;
  reading.document.title = core_title(package);
  HeaderFooterReader margins(ctx);
  BodyReader(ctx, part, margins, even_and_odd_headers(package, part.rels))
      .read(body, reading.document);
  reading.warnings = warnings.messages();
  return reading;
}

}  // namespace formwork
