#include "xlsx/xlsx_template_package.h"

#include <zip.h>

#include <memory>

#include "ooxml/package_reader.h"
#include "ooxml/xml_read.h"
#include "util/errors.h"
#include "util/utf8.h"
#include "util/zip_memory.h"

namespace formwork {

namespace {

// An XLSX part is at most some tens of megabytes; this stops a package that
// inflates to gigabytes before it fills memory.
constexpr zip_uint64_t kMaxEntryBytes = 256ull << 20;

constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata |
                                   pugi::parse_declaration | pugi::parse_comments | pugi::parse_pi;

struct StringWriter : pugi::xml_writer {
  std::string out;
  void write(const void* data, size_t size) override {
    out.append(static_cast<const char*>(data), size);
  }
};

std::string read_entry(zip_t* zip, zip_uint64_t index, const std::string& name,
                       const std::string& path) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(zip, index, 0, &st) != 0 || (st.valid & ZIP_STAT_SIZE) == 0 ||
      st.size > kMaxEntryBytes) {
    throw IoError("'" + path + "': entry " + name + " is larger than 256 MB uncompressed");
  }
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen_index(zip, index, 0), zip_fclose);
  std::string data(st.size, '\0');
  if (!f || zip_fread(f.get(), data.data(), st.size) != static_cast<zip_int64_t>(st.size)) {
    throw IoError("'" + path + "': entry " + name + " cannot be read (damaged package)");
  }
  return data;
}

}  // namespace

std::vector<ZipEntry> read_package_entries(const std::string& bytes, const std::string& path) {
  std::string why;
  ZipArchive zip = open_zip_in_memory(bytes, why);
  if (!zip) throw IoError("'" + path + "' is not an XLSX file (" + why + ")");
  std::vector<ZipEntry> entries;
  const zip_int64_t n = zip_get_num_entries(zip.get(), 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    const auto index = static_cast<zip_uint64_t>(i);
    const char* name = zip_get_name(zip.get(), index, 0);
    if (name == nullptr || std::string_view(name).ends_with('/')) continue;  // a folder
    entries.push_back({name, read_entry(zip.get(), index, name, path)});
  }
  return entries;
}

const ZipEntry* find_package_entry(const std::vector<ZipEntry>& entries, const std::string& name) {
  const std::string wanted = ascii_lower(name);
  for (const ZipEntry& e : entries) {
    if (ascii_lower(e.name) == wanted) return &e;
  }
  return nullptr;
}

void parse_package_xml(pugi::xml_document& doc, const std::string& bytes, const std::string& part,
                       const std::string& path) {
  pugi::xml_parse_result r = doc.load_buffer(bytes.data(), bytes.size(), kParseOptions);
  if (!r) {
    throw TemplateError(part + " is not well-formed XML: " + r.description() + " at byte " +
                            std::to_string(r.offset),
                        SourceLoc{path, 0, 0});
  }
}

std::string serialize_package_xml(const pugi::xml_document& doc) {
  StringWriter writer;
  doc.save(writer, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return std::move(writer.out);
}

std::string assemble_package(const std::vector<ZipEntry>& entries,
                             const std::map<std::string, std::string>& replaced,
                             const std::set<std::string>& removed,
                             const std::vector<ZipEntry>& added) {
  std::vector<ZipEntry> out;
  out.reserve(entries.size() + added.size());
  for (const ZipEntry& e : entries) {
    if (removed.count(e.name)) continue;
    auto it = replaced.find(e.name);
    out.push_back({e.name, it == replaced.end() ? e.data : it->second});
  }
  out.insert(out.end(), added.begin(), added.end());
  return build_zip(out);
}

std::string rels_part_of(const std::string& part) {
  const size_t slash = part.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  return folder + "_rels/" + part.substr(folder.size()) + ".rels";
}

std::string relative_target(const std::string& from, const std::string& to) {
  const size_t slash = from.rfind('/');
  std::string folder = slash == std::string::npos ? "" : from.substr(0, slash + 1);
  std::string up;
  while (!folder.empty() && !to.starts_with(folder)) {
    folder.pop_back();  // its '/'
    const size_t prev = folder.rfind('/');
    folder = prev == std::string::npos ? "" : folder.substr(0, prev + 1);
    up += "../";
  }
  return up + to.substr(folder.size());
}

std::string content_types_without(const std::string& xml, const std::string& part,
                                  const std::string& path) {
  pugi::xml_document doc;
  parse_package_xml(doc, xml, "[Content_Types].xml", path);
  pugi::xml_node types = doc.document_element();
  const std::string wanted = ascii_lower("/" + part);
  for (pugi::xml_node o = types.first_child(); o;) {
    pugi::xml_node next = o.next_sibling();
    if (ooxml::is(o, "Override") && ascii_lower(o.attribute("PartName").value()) == wanted)
      types.remove_child(o);
    o = next;
  }
  return serialize_package_xml(doc);
}

std::string relationships_without(const std::string& xml, const std::string& rels_part,
                                  const std::string& kind, const std::string& path) {
  pugi::xml_document doc;
  parse_package_xml(doc, xml, rels_part, path);
  pugi::xml_node rels = doc.document_element();
  for (pugi::xml_node r = rels.first_child(); r;) {
    pugi::xml_node next = r.next_sibling();
    if (ooxml::is(r, "Relationship") && is_relationship_type(r.attribute("Type").value(), kind))
      rels.remove_child(r);
    r = next;
  }
  return serialize_package_xml(doc);
}

}  // namespace formwork
