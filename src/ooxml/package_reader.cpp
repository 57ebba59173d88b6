#include "ooxml/package_reader.h"

#include <pugixml.hpp>
#include <vector>

#include "ooxml/xml_read.h"
#include "util/errors.h"
#include "util/percent_decode.h"
#include "util/zip_memory.h"

namespace formwork {

namespace {

// A part bigger than this is refused: a small package that inflates to
// gigabytes must not exhaust memory (as data/xlsx_table.cpp does).
constexpr zip_uint64_t kMaxPartBytes = 512ull << 20;

// The folder of part `name` with a trailing slash ("word/" for
// "word/document.xml", "" for a part at the root).
std::string folder_of(const std::string& name) {
  const size_t slash = name.rfind('/');
  return slash == std::string::npos ? "" : name.substr(0, slash + 1);
}

// `target` resolved against `base` (a folder), "." and ".." removed.
std::string resolve_target(const std::string& base, std::string_view target) {
  std::string path = percent_decode(target);
  if (!path.empty() && path.front() == '/') {
    path.erase(0, 1);
  } else {
    path = base + path;
  }
  std::vector<std::string> segments;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string seg = path.substr(start, end - start);
    if (seg == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!seg.empty() && seg != ".") {
      segments.push_back(seg);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& seg : segments) out += (out.empty() ? "" : "/") + seg;
  return out;
}

// "word/_rels/document.xml.rels" for "word/document.xml".
std::string rels_name(const std::string& part) {
  if (part.empty()) return "_rels/.rels";
  const std::string folder = folder_of(part);
  return folder + "_rels/" + part.substr(folder.size()) + ".rels";
}

}  // namespace

bool is_relationship_type(std::string_view type, std::string_view kind) {
  return type.size() > kind.size() && type.substr(type.size() - kind.size()) == kind &&
         type[type.size() - kind.size() - 1] == '/';
}

OpcPackage::OpcPackage(std::string_view bytes) {
  std::string why;
  zip_ = open_zip_in_memory(bytes, why);
  if (!zip_) throw IoError("not an OOXML package (" + why + ")");
}

std::optional<std::string> OpcPackage::part(const std::string& name) const {
  const zip_int64_t index = zip_name_locate(zip_.get(), name.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return std::nullopt;
  zip_stat_t st;
  zip_stat_init(&st);
  const auto at = static_cast<zip_uint64_t>(index);
  if (zip_stat_index(zip_.get(), at, 0, &st) != 0 || (st.valid & ZIP_STAT_SIZE) == 0 ||
      st.size > kMaxPartBytes) {
    throw IoError("DOCX part " + name + " is larger than " + std::to_string(kMaxPartBytes >> 20) +
                  " MB uncompressed");
  }
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen_index(zip_.get(), at, 0),
                                                      zip_fclose);
  std::string out(st.size, '\0');
  if (!f || zip_fread(f.get(), out.data(), st.size) != static_cast<zip_int64_t>(st.size)) {
    throw IoError("DOCX part " + name + " cannot be read (damaged package)");
  }
  return out;
}

Relationships OpcPackage::relationships(const std::string& name) const {
  Relationships rels;
  const std::string rels_part = rels_name(name);
  std::optional<std::string> bytes = part(rels_part);
  if (!bytes) return rels;
  pugi::xml_document xml;
  ooxml::parse_part(xml, *bytes, rels_part);
  const std::string base = folder_of(name);
  for (pugi::xml_node r : xml.document_element().children()) {
    if (!ooxml::is(r, "Relationship")) continue;
    Relationship rel;
    rel.type = r.attribute("Type").value();
    rel.external = std::string_view(r.attribute("TargetMode").value()) == "External";
    const char* target = r.attribute("Target").value();
    rel.target = rel.external ? target : resolve_target(base, target);
    rels.emplace(r.attribute("Id").value(), std::move(rel));
  }
  return rels;
}

std::string OpcPackage::main_document() const {
  std::string main = related_part(relationships(""), "officeDocument");
  if (!main.empty() && zip_name_locate(zip_.get(), main.c_str(), ZIP_FL_NOCASE) >= 0) return main;
  if (zip_name_locate(zip_.get(), "word/document.xml", ZIP_FL_NOCASE) >= 0) {
    return "word/document.xml";
  }
  throw IoError("not a DOCX package (no main document part word/document.xml)");
}

std::string related_part(const Relationships& rels, std::string_view kind) {
  for (const auto& [id, rel] : rels) {
    if (!rel.external && is_relationship_type(rel.type, kind)) return rel.target;
  }
  return "";
}

}  // namespace formwork
