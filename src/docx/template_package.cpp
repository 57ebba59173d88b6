#include "docx/template_package.h"

#include <zip.h>

#include <pugixml.hpp>
#include <set>
#include <string_view>

#include "docx/media_parts.h"
#include "docx/ooxml_names.h"
#include "docx/xml_util.h"
#include "util/errors.h"
#include "util/percent_decode.h"
#include "util/utf8.h"
#include "util/zip_memory.h"

namespace formwork {

namespace {

struct FileClose {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

[[noreturn]] void unreadable(const std::string& path, const std::string& why) {
  throw IoError("cannot read DOCX template '" + path + "': " + why);
}

std::string read_entry(zip_t* zip, zip_uint64_t index, const zip_stat_t& st,
                       const std::string& path) {
  if (st.size > kMaxTemplateEntryBytes) {
    unreadable(path, std::string(st.name) + " inflates to more than " +
                         std::to_string(kMaxTemplateEntryBytes >> 20) + " MB");
  }
  std::unique_ptr<zip_file_t, FileClose> file(zip_fopen_index(zip, index, 0));
  if (!file) unreadable(path, std::string(st.name) + ": " + zip_strerror(zip));
  std::string bytes(static_cast<std::size_t>(st.size), '\0');
  zip_int64_t n = bytes.empty() ? 0 : zip_fread(file.get(), bytes.data(), bytes.size());
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
    unreadable(path, std::string(st.name) + ": " + zip_file_strerror(file.get()));
  }
  return bytes;
}

// "a/b/../c" → "a/c"; a leading "/" (an absolute part name) dropped.
std::string normalize_part_name(std::string_view name) {
  std::vector<std::string_view> segments;
  while (!name.empty()) {
    std::size_t slash = name.find('/');
    std::string_view seg = name.substr(0, slash);
    if (seg == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!seg.empty() && seg != ".") {
      segments.push_back(seg);
    }
    if (slash == std::string_view::npos) break;
    name.remove_prefix(slash + 1);
  }
  std::string out;
  for (std::string_view seg : segments) {
    if (!out.empty()) out += '/';
    out += seg;
  }
  return out;
}

void parse_xml(pugi::xml_document& doc, const std::string& bytes, const std::string& part,
               const std::string& template_path) {
  pugi::xml_parse_result r =
      doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_declaration);
  if (!r) {
    throw TemplateError(part + " is not well-formed XML: " + r.description(),
                        SourceLoc{template_path, 0, 0});
  }
}

std::string with_content_types(const std::string& bytes,
                               const std::vector<PackageAdditions::Image>& images,
                               const std::string& template_path) {
  pugi::xml_document doc;
  parse_xml(doc, bytes, "[Content_Types].xml", template_path);
  pugi::xml_node types = doc.document_element();
  std::set<std::string> known;
  pugi::xml_node last_default;
  for (pugi::xml_node d : types.children("Default")) {
    known.insert(ascii_lower(d.attribute("Extension").value()));
    last_default = d;
  }
  bool changed = false;
  for (const PackageAdditions::Image& image : images) {
    if (!known.insert(image.extension).second) continue;
    pugi::xml_node d = last_default ? types.insert_child_after("Default", last_default)
                                    : types.prepend_child("Default");
    d.append_attribute("Extension") = image.extension.c_str();
    d.append_attribute("ContentType") = media_content_type(image.extension);
    last_default = d;
    changed = true;
  }
  return changed ? docx_xml::serialize(doc) : bytes;
}

std::string with_relationships(const std::string* bytes, const std::string& rels_name,
                               const std::vector<PackageAdditions::Relationship>& added,
                               const std::string& template_path) {
  pugi::xml_document doc;
  if (bytes) {
    parse_xml(doc, *bytes, rels_name, template_path);
  } else {
    docx_xml::add_declaration(doc);
    doc.append_child("Relationships").append_attribute("xmlns") = ooxml::kNsPackageRels;
  }
  pugi::xml_node root = doc.document_element();
  for (const PackageAdditions::Relationship& r : added) {
    pugi::xml_node rel = root.append_child("Relationship");
    rel.append_attribute("Id") = r.id.c_str();
    rel.append_attribute("Type") = ooxml::kRelImage;
    rel.append_attribute("Target") = r.target.c_str();
  }
  return docx_xml::serialize(doc);
}

}  // namespace

std::vector<ZipEntry> read_zip_file(const std::string& path) {
  int code = 0;
  ZipArchive zip(zip_open(path.c_str(), ZIP_RDONLY, &code));
  if (!zip) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string why =
        code == ZIP_ER_NOZIP ? "not a DOCX file (no ZIP archive)" : zip_error_strerror(&error);
    zip_error_fini(&error);
    unreadable(path, why);
  }
  std::vector<ZipEntry> entries;
  zip_int64_t count = zip_get_num_entries(zip.get(), 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    auto index = static_cast<zip_uint64_t>(i);
    zip_stat_t st;
    if (zip_stat_index(zip.get(), index, 0, &st) != 0) unreadable(path, zip_strerror(zip.get()));
    std::string name = st.name;
    if (name.empty() || name.back() == '/') continue;
    entries.push_back({name, read_entry(zip.get(), index, st, path)});
  }
  return entries;
}

std::string folder_of(const std::string& part) {
  std::size_t slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

std::string relationships_part_name(const std::string& part) {
  std::string folder = folder_of(part);
  return folder + "_rels/" + part.substr(folder.size()) + ".rels";
}

const ZipEntry* find_entry(const std::vector<ZipEntry>& entries, const std::string& name) {
  const std::string wanted = ascii_lower(name);
  for (const ZipEntry& e : entries) {
    if (ascii_lower(e.name) == wanted) return &e;
  }
  return nullptr;
}

std::vector<PartRelationship> read_relationships(const std::vector<ZipEntry>& entries,
                                                 const std::string& part,
                                                 const std::string& template_path) {
  std::vector<PartRelationship> out;
  const std::string rels_name = relationships_part_name(part);
  const ZipEntry* rels = find_entry(entries, rels_name);
  if (!rels) return out;
  pugi::xml_document doc;
  parse_xml(doc, rels->data, rels_name, template_path);
  for (pugi::xml_node r : doc.document_element().children("Relationship")) {
    const bool external = std::string_view(r.attribute("TargetMode").value()) == "External";
    std::string target = r.attribute("Target").value();
    if (!external) {
      target = percent_decode(target);
      target = normalize_part_name(target.starts_with('/') ? target : folder_of(part) + target);
    }
    out.push_back({r.attribute("Id").value(), r.attribute("Type").value(), target, external});
  }
  return out;
}

std::string write_filled_package(const std::vector<ZipEntry>& entries,
                                 const std::map<std::string, std::string>& replaced,
                                 const PackageAdditions& additions,
                                 const std::string& template_path) {
  // Relationships part name (lower case) → the part whose rels it holds.
  std::map<std::string, std::string> rels_owner;
  for (const auto& [part, rels] : additions.relationships) {
    if (!rels.empty()) rels_owner[ascii_lower(relationships_part_name(part))] = part;
  }
  std::vector<ZipEntry> out;
  out.reserve(entries.size() + additions.images.size() + rels_owner.size());
  for (const ZipEntry& e : entries) {
    const std::string lower = ascii_lower(e.name);
    if (auto it = replaced.find(e.name); it != replaced.end()) {
      out.push_back({e.name, it->second});
    } else if (lower == "[content_types].xml" && !additions.images.empty()) {
      out.push_back({e.name, with_content_types(e.data, additions.images, template_path)});
    } else if (auto owner = rels_owner.find(lower); owner != rels_owner.end()) {
      out.push_back(
          {e.name, with_relationships(&e.data, e.name, additions.relationships.at(owner->second),
                                      template_path)});
      rels_owner.erase(owner);
    } else {
      out.push_back(e);
    }
  }
  for (const PackageAdditions::Image& image : additions.images) {
    out.push_back({image.name, *image.data});
  }
  for (const auto& [lower, part] : rels_owner) {  // parts that had no relationships part
    std::string name = relationships_part_name(part);
    out.push_back(
        {name, with_relationships(nullptr, name, additions.relationships.at(part), template_path)});
  }
  return build_zip(out);
}

}  // namespace formwork
