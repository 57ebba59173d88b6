#include "docx/package_parts.h"

#include <algorithm>
#include <pugixml.hpp>
#include <string_view>

#include "docx/font_names.h"
#include "docx/ooxml_names.h"
#include "docx/xml_util.h"
#include "util/forbidden_chars.h"

namespace formwork {

namespace {

using docx_xml::add_val;

constexpr const char* kFixedTime = "2000-01-01T00:00:00Z";

void add_override(pugi::xml_node types, const char* part, const char* content_type) {
  pugi::xml_node o = types.append_child("Override");
  o.append_attribute("PartName") = part;
  o.append_attribute("ContentType") = content_type;
}

void add_default(pugi::xml_node types, const char* extension, const char* content_type) {
  pugi::xml_node d = types.append_child("Default");
  d.append_attribute("Extension") = extension;
  d.append_attribute("ContentType") = content_type;
}

pugi::xml_node relationships_root(pugi::xml_document& xml) {
  docx_xml::add_declaration(xml);
  pugi::xml_node root = xml.append_child("Relationships");
  root.append_attribute("xmlns") = ooxml::kNsPackageRels;
  return root;
}

void add_relationship(pugi::xml_node root, const char* id, const char* type, const char* target) {
  pugi::xml_node rel = root.append_child("Relationship");
  rel.append_attribute("Id") = id;
  rel.append_attribute("Type") = type;
  rel.append_attribute("Target") = target;
}

void add_w3cdtf(pugi::xml_node parent, const char* name) {
  pugi::xml_node node = parent.append_child(name);
  node.append_attribute("xsi:type") = "dcterms:W3CDTF";
  node.text().set(kFixedTime);
}

}  // namespace

std::string build_content_types_xml(const std::vector<HeaderFooterPart>& parts,
                                    const std::vector<MediaPart>& media) {
  pugi::xml_document xml;
  docx_xml::add_declaration(xml);
  pugi::xml_node types = xml.append_child("Types");
  types.append_attribute("xmlns") = ooxml::kNsContentTypes;
  add_default(types, "rels", ooxml::kCtRels);
  add_default(types, "xml", "application/xml");
  // One Default per image extension, in a fixed order (not first use).
  for (const char* ext : {"png", "jpeg"}) {
    auto uses = [ext](const MediaPart& m) { return std::string_view(m.extension) == ext; };
    if (std::any_of(media.begin(), media.end(), uses)) {
      add_default(types, ext, media_content_type(ext));
    }
  }
  add_override(types, "/word/document.xml", ooxml::kCtDocument);
  add_override(types, "/word/styles.xml", ooxml::kCtStyles);
  add_override(types, "/word/settings.xml", ooxml::kCtSettings);
  add_override(types, "/word/fontTable.xml", ooxml::kCtFontTable);
  for (const HeaderFooterPart& part : parts) {
    std::string name = "/word/" + part.name;
    add_override(types, name.c_str(), part.header ? ooxml::kCtHeader : ooxml::kCtFooter);
  }
  add_override(types, "/docProps/core.xml", ooxml::kCtCoreProps);
  add_override(types, "/docProps/app.xml", ooxml::kCtExtendedProps);
  return docx_xml::serialize(xml);
}

std::string build_package_rels_xml() {
  pugi::xml_document xml;
  pugi::xml_node root = relationships_root(xml);
  add_relationship(root, "rId1", ooxml::kRelOfficeDocument, "word/document.xml");
  add_relationship(root, "rId2", ooxml::kRelCoreProps, "docProps/core.xml");
  add_relationship(root, "rId3", ooxml::kRelExtendedProps, "docProps/app.xml");
  return docx_xml::serialize(xml);
}

std::string build_document_rels_xml(const std::vector<HeaderFooterPart>& parts,
                                    const std::vector<MediaPart>& media) {
  pugi::xml_document xml;
  pugi::xml_node root = relationships_root(xml);
  add_relationship(root, "rId1", ooxml::kRelStyles, "styles.xml");
  add_relationship(root, "rId2", ooxml::kRelSettings, "settings.xml");
  add_relationship(root, "rId3", ooxml::kRelFontTable, "fontTable.xml");
  for (const HeaderFooterPart& part : parts) {
    add_relationship(root, part.rel_id.c_str(), part.header ? ooxml::kRelHeader : ooxml::kRelFooter,
                     part.name.c_str());
  }
  for (const MediaPart& part : media) {
    add_relationship(root, part.rel_id.c_str(), ooxml::kRelImage, part.name.c_str());
  }
  return docx_xml::serialize(xml);
}

std::string build_settings_xml(bool even_and_odd_headers) {
  pugi::xml_document xml;
  docx_xml::add_declaration(xml);
  pugi::xml_node settings = xml.append_child("w:settings");
  settings.append_attribute("xmlns:w") = ooxml::kNsW;
  settings.append_child("w:zoom").append_attribute("w:percent") = "100";
  add_val(settings, "w:defaultTabStop", "420");
  if (even_and_odd_headers) settings.append_child("w:evenAndOddHeaders");
  add_val(settings, "w:characterSpacingControl", "compressPunctuation");
  pugi::xml_node compat_node = settings.append_child("w:compat");
  // A justified line ended by a line break (w:br) is not stretched to the
  // full width (ECMA-376 Part 1 §17.15.3.8 and Word's compatibility option
  // doNotExpandShiftReturn); without it Word and LibreOffice spread the
  // characters of every line of a multi-line justified cell. The boolean
  // options precede compatSetting in CT_Compat.
  compat_node.append_child("w:doNotExpandShiftReturn");
  pugi::xml_node compat = compat_node.append_child("w:compatSetting");
  compat.append_attribute("w:name") = "compatibilityMode";
  compat.append_attribute("w:uri") = "http://schemas.microsoft.com/office/word";
  compat.append_attribute("w:val") = "15";
  return docx_xml::serialize(xml);
}

std::string build_font_table_xml(const DocxFonts& docx_fonts) {
  pugi::xml_document xml;
  docx_xml::add_declaration(xml);
  pugi::xml_node fonts = xml.append_child("w:fonts");
  fonts.append_attribute("xmlns:w") = ooxml::kNsW;
  for (const DocxFontInfo& info : docx_fonts.font_list()) {
    pugi::xml_node font = fonts.append_child("w:font");
    font.append_attribute("w:name") = info.name.c_str();
    if (!info.alt_name.empty()) add_val(font, "w:altName", info.alt_name);
    add_val(font, "w:charset", info.charset);
    add_val(font, "w:family", "auto");
    add_val(font, "w:pitch", "variable");
  }
  return docx_xml::serialize(xml);
}

std::string build_core_xml(const std::string& title) {
  pugi::xml_document xml;
  docx_xml::add_declaration(xml);
  pugi::xml_node core = xml.append_child("cp:coreProperties");
  core.append_attribute("xmlns:cp") = ooxml::kNsCoreProps;
  core.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  core.append_attribute("xmlns:dcterms") = "http://purl.org/dc/terms/";
  core.append_attribute("xmlns:dcmitype") = "http://purl.org/dc/dcmitype/";
  core.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
  core.append_child("dc:title").text().set(clean_text(title).c_str());
  core.append_child("dc:creator").text().set("formwork");
  add_w3cdtf(core, "dcterms:created");
  add_w3cdtf(core, "dcterms:modified");
  return docx_xml::serialize(xml);
}

std::string build_app_xml() {
  pugi::xml_document xml;
  docx_xml::add_declaration(xml);
  pugi::xml_node props = xml.append_child("Properties");
  props.append_attribute("xmlns") = ooxml::kNsExtendedProps;
  props.append_child("Application").text().set("formwork");
  return docx_xml::serialize(xml);
}

}  // namespace formwork
