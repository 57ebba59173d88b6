#pragma once
// The OPC package of an XLSX template (ECMA-376 Part 2): its entries read
// in archive order, its XML parts parsed and written back, and the filled
// copy assembled with every untouched entry as it was.
#include <map>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "ooxml/zip_package.h"

namespace formwork {

/// Every file entry of the ZIP archive `bytes` in archive order, inflated.
/// Throws IoError naming `path` when it is not a ZIP archive, or an entry
/// is corrupt or inflates beyond 256 MB (a "zip bomb").
std::vector<ZipEntry> read_package_entries(const std::string& bytes, const std::string& path);

/// The entry named `name` (ASCII case ignored, Part 2 §9.1.1.1), or nullptr.
const ZipEntry* find_package_entry(const std::vector<ZipEntry>& entries, const std::string& name);

/// Parses part `part` into `doc`, keeping white-space-only text (a <t>
/// holding " "), comments, processing instructions and the declaration.
/// Throws TemplateError naming `path`, the part and the byte offset when it
/// is not well-formed XML.
void parse_package_xml(pugi::xml_document& doc, const std::string& bytes, const std::string& part,
                       const std::string& path);

/// `doc` as bytes: UTF-8, no indentation added, its own declaration.
std::string serialize_package_xml(const pugi::xml_document& doc);

/// The filled package: `entries` in their order, those named in `replaced`
/// with the new bytes and those in `removed` left out, then `added` in
/// their order, built with fixed entry times (build_zip), so equal input
/// gives equal bytes.
std::string assemble_package(const std::vector<ZipEntry>& entries,
                             const std::map<std::string, std::string>& replaced,
                             const std::set<std::string>& removed,
                             const std::vector<ZipEntry>& added = {});

/// The relationships part of part `part` (Part 2 §9.3.1):
/// "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels".
std::string rels_part_of(const std::string& part);

/// The relative reference from part `from` to part `to` (both without a
/// leading slash), as a relationship's Target (Part 2 §9.3.2):
/// "xl/worksheets/sheet1.xml" to "xl/drawings/drawing1.xml" is
/// "../drawings/drawing1.xml".
std::string relative_target(const std::string& from, const std::string& to);

/// [Content_Types].xml (Part 2 §10.1.2) without the Override for part
/// `part` (no leading slash).
std::string content_types_without(const std::string& xml, const std::string& part,
                                  const std::string& path);

/// A relationships part (Part 2 §9.3) without the relationships whose type
/// ends in "/`kind`" ("calcChain").
std::string relationships_without(const std::string& xml, const std::string& rels_part,
                                  const std::string& kind, const std::string& path);

}  // namespace formwork
