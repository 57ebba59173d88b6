#include "docx_template_support.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "docx/template_package.h"
#include "ooxml/zip_package.h"
#include "util/decimal.h"
#include "util/errors.h"

namespace formwork::fill_test {

namespace {

std::string content_types(bool header, bool footer) {
  std::string s =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
      R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
      R"(<Default Extension="xml" ContentType="application/xml"/>)"
      R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
      R"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)";
  if (header)
    s +=
        R"(<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>)";
  if (footer)
    s +=
        R"(<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>)";
  return s + "</Types>";
}

constexpr const char* kPackageRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
    R"(</Relationships>)";

std::string document_rels(bool header, bool footer) {
  std::string s =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
      R"(<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/>)";
  if (header)
    s +=
        R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>)";
  if (footer)
    s +=
        R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>)";
  return s + "</Relationships>";
}

constexpr const char* kStyles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
    R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>)"
    R"(</w:styles>)";

std::string part(const char* root, const std::string& inner) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "<" + root +
         " " + kNamespaces + ">" + inner + "</" + root + ">";
}

}  // namespace

void MiniDocx::write(const std::string& path) const {
  const bool h = !header.empty(), f = !footer.empty();
  std::string sect = "<w:sectPr>";
  if (h) sect += R"(<w:headerReference w:type="default" r:id="rId2"/>)";
  if (f) sect += R"(<w:footerReference w:type="default" r:id="rId3"/>)";
  sect +=
      R"(<w:pgSz w:w="11906" w:h="16838"/>)"
      R"(<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>)"
      "</w:sectPr>";
  std::vector<ZipEntry> entries{
      {"[Content_Types].xml", content_types(h, f)},
      {"_rels/.rels", kPackageRels},
      {"word/document.xml", part("w:document", "<w:body>" + body + sect + "</w:body>")},
      {"word/_rels/document.xml.rels", document_rels(h, f)},
      {"word/styles.xml", kStyles},
  };
  if (h) entries.push_back({"word/header1.xml", part("w:hdr", header)});
  if (f) entries.push_back({"word/footer1.xml", part("w:ftr", footer)});
  for (const auto& [name, data] : extra) entries.push_back({name, data});
  std::ofstream(path, std::ios::binary) << build_zip(entries);
}

std::string test_dir() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name =
      std::string("docx-fill-") + (info ? info->name() : "x") + "-" + std::to_string(::getpid());
  std::filesystem::path dir = std::filesystem::path(FORMWORK_TEST_TMP) / name;
  static std::set<std::string> made;  // emptied once per test, then reused
  if (made.insert(name).second) std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

std::string fill(const MiniDocx& docx, const Value& record, const PictureFiles* pictures) {
  std::string path = test_dir() + "/form.docx";
  docx.write(path);
  return DocxTemplate::load(path, pictures).fill(record);
}

std::string entry(const std::string& bytes, const std::string& name) {
  std::string path = test_dir() + "/filled.docx";
  std::ofstream(path, std::ios::binary) << bytes;
  for (const ZipEntry& e : read_zip_file(path)) {
    if (e.name == name) return e.data;
  }
  return "";
}

std::vector<std::string> entry_names(const std::string& bytes) {
  std::string path = test_dir() + "/filled.docx";
  std::ofstream(path, std::ios::binary) << bytes;
  std::vector<std::string> names;
  for (const ZipEntry& e : read_zip_file(path)) names.push_back(e.name);
  return names;
}

void parse(const std::string& xml, pugi::xml_document& doc) {
  pugi::xml_parse_result r =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  ASSERT_TRUE(r) << r.description() << "\n" << xml;
}

namespace {

void append_text(pugi::xml_node node, std::string& out) {
  for (pugi::xml_node c : node.children()) {
    std::string_view name = c.name();
    if (name == "w:t") {
      out += c.child_value();
    } else if (name == "w:br") {
      out += '\n';
    } else if (name == "w:tab") {
      out += '\t';
    } else if (name != "w:p" && name != "w:txbxContent") {
      append_text(c, out);
    }
  }
}

void collect(pugi::xml_node node, std::vector<std::string>& out) {
  for (pugi::xml_node c : node.children()) {
    if (std::string_view(c.name()) == "w:p") {
      std::string text;
      append_text(c, text);
      out.push_back(text);
    }
    collect(c, out);
  }
}

}  // namespace

std::vector<std::string> paragraph_texts(pugi::xml_node node) {
  std::vector<std::string> out;
  collect(node, out);
  return out;
}

std::vector<std::pair<pugi::xml_node, std::string>> text_runs(pugi::xml_node p) {
  std::vector<std::pair<pugi::xml_node, std::string>> out;
  for (pugi::xpath_node x : p.select_nodes(".//w:r")) {
    std::string text;
    append_text(x.node(), text);
    if (!text.empty()) out.push_back({x.node(), text});
  }
  return out;
}

std::string load_error(const MiniDocx& docx, const Value& record) {
  try {
    fill(docx, record);
  } catch (const TemplateError& e) {
    return e.what();
  }
  return "";
}

Value obj(std::initializer_list<std::pair<const char*, Value>> members) {
  Object o;
  for (const auto& [k, v] : members) o.set(k, v);
  return Value(std::move(o));
}

Value arr(std::initializer_list<Value> items) { return Value(Array(items)); }

Value num(const char* decimal) { return Value(*Decimal::parse(decimal)); }

namespace {

uint32_t crc32(std::string_view bytes) {
  uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : bytes) {
    c ^= b;
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
  }
  return c ^ 0xFFFFFFFFu;
}

void put32(std::string& out, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
}

void chunk(std::string& png, const char* type, const std::string& data) {
  put32(png, static_cast<uint32_t>(data.size()));
  std::string body = std::string(type) + data;
  png += body;
  put32(png, crc32(body));
}

}  // namespace

std::string tiny_png(int width, int height) {
  std::string raw;  // filter byte 0, then RGB per pixel
  for (int y = 0; y < height; ++y) {
    raw += '\0';
    for (int x = 0; x < width; ++x) raw += std::string("\xFF\x00\x00", 3);
  }
  uint32_t a = 1, b = 0;  // Adler-32
  for (unsigned char c : raw) {
    a = (a + c) % 65521;
    b = (b + a) % 65521;
  }
  std::string z = "\x78\x01";  // zlib header, then one stored block
  z += '\x01';
  const auto n = static_cast<uint16_t>(raw.size());
  z += static_cast<char>(n & 0xFF);
  z += static_cast<char>(n >> 8);
  z += static_cast<char>(~n & 0xFF);
  z += static_cast<char>((~n >> 8) & 0xFF);
  z += raw;
  put32(z, (b << 16) | a);
  std::string ihdr;
  put32(ihdr, static_cast<uint32_t>(width));
  put32(ihdr, static_cast<uint32_t>(height));
  ihdr += std::string("\x08\x02\x00\x00\x00", 5);
  std::string png = "\x89PNG\r\n\x1a\n";
  chunk(png, "IHDR", ihdr);
  chunk(png, "IDAT", z);
  chunk(png, "IEND", "");
  return png;
}

std::string para(const std::string& text, const std::string& rpr) {
  std::string r = "<w:p><w:r>";
  if (!rpr.empty()) r += "<w:rPr>" + rpr + "</w:rPr>";
  return r + R"(<w:t xml:space="preserve">)" + text + "</w:t></w:r></w:p>";
}

}  // namespace formwork::fill_test
