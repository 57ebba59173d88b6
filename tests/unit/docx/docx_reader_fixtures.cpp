#include "docx_reader_fixtures.h"

#include <variant>

#include "ooxml/zip_package.h"

namespace formwork::docx_reader_test {

namespace {

constexpr const char* kNamespaces =
    R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
    R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")"
    R"( xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")"
    R"( xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main")"
    R"( xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture")"
    R"( xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")"
    R"( xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape")"
    R"( xmlns:v="urn:schemas-microsoft-com:vml")"
    R"( xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math")"
    R"( xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml")";

constexpr const char* kRelNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string relationship(const std::string& id, const std::string& type,
                         const std::string& target) {
  return R"(<Relationship Id=")" + id + R"(" Type=")" + kRelNs + type + R"(" Target=")" + target +
         R"("/>)";
}

// The relationship of part `name` (under word/), or "" for none.
std::string relationship_for(const std::string& name) {
  auto starts = [&](const std::string& p) { return name.compare(0, p.size(), p) == 0; };
  auto number = [&](size_t from) { return name.substr(from, name.find('.') - from); };
  if (name == "styles.xml") return relationship("rStyles", "styles", name);
  if (name == "numbering.xml") return relationship("rNumbering", "numbering", name);
  if (name == "settings.xml") return relationship("rSettings", "settings", name);
  if (name == "theme/theme1.xml") return relationship("rTheme", "theme", name);
  if (starts("header")) return relationship("rH" + number(6), "header", name);
  if (starts("footer")) return relationship("rF" + number(6), "footer", name);
  if (starts("media/image")) return relationship("rImg" + number(11), "image", name);
  return "";
}

}  // namespace

const std::string kTinyPng(
    "\x89\x50\x4E\x47\x0D\x0A\x1A\x0A\x00\x00\x00\x0D\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00"
    "\x00\x01\x08\x06\x00\x00\x00\x1F\x15\xC4\x89\x00\x00\x00\x0D\x49\x44\x41\x54\x78\xDA\x63"
    "\x38\xC3\xC0\xD0\x00\x00\x03\xB5\x01\x4D\x36\xE0\xEA\xED\x00\x00\x00\x00\x49\x45\x4E\x44"
    "\xAE\x42\x60\x82",
    70);

std::string make_docx(const std::string& body, const std::map<std::string, std::string>& parts) {
  std::vector<ZipEntry> entries;
  entries.push_back(
      {"[Content_Types].xml",
       R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
       R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
       R"(<Default Extension="xml" ContentType="application/xml"/>)"
       R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)"});
  entries.push_back(
      {"_rels/.rels",
       R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
       R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)"});
  entries.push_back(
      {"word/document.xml", std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:document)") +
                                kNamespaces + "><w:body>" + body + "</w:body></w:document>"});
  std::string rels =
      R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  for (const auto& [name, data] : parts) {
    entries.push_back({"word/" + name, data});
    rels += relationship_for(name);
  }
  rels += "</Relationships>";
  entries.push_back({"word/_rels/document.xml.rels", rels});
  return build_zip(entries);
}

std::string styles_xml(const std::string& content) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:styles)") + kNamespaces + ">" +
         content + "</w:styles>";
}

std::string numbering_xml(const std::string& content) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:numbering)") + kNamespaces + ">" +
         content + "</w:numbering>";
}

std::string margin_xml(const std::string& root, const std::string& content) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:)") + root + kNamespaces + ">" +
         content + "</w:" + root + ">";
}

std::vector<const Paragraph*> paragraphs(const Document& doc) {
  std::vector<const Paragraph*> out;
  for (const Block& b : doc.blocks) {
    if (const auto* p = std::get_if<Paragraph>(&b)) out.push_back(p);
  }
  return out;
}

std::vector<const Table*> tables(const Document& doc) {
  std::vector<const Table*> out;
  for (const Block& b : doc.blocks) {
    if (const auto* t = std::get_if<Table>(&b)) out.push_back(t);
  }
  return out;
}

}  // namespace formwork::docx_reader_test
