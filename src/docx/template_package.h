#pragma once
// The OPC package of a DOCX template (ECMA-376 Part 2): its ZIP entries
// read once, the relationships that name its parts, and the filled copy
// written with every untouched entry as it was.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ooxml/zip_package.h"

namespace formwork {

/// Most bytes one entry of a template may inflate to: a DOCX part is at
/// most a few megabytes; this stops a "zip bomb" before it fills memory.
inline constexpr std::size_t kMaxTemplateEntryBytes = 256 * 1024 * 1024;

/// The entries of the ZIP file at `path` in archive order, inflated
/// (directory entries, which hold no part, left out). Throws IoError when
/// the file cannot be read, is not a ZIP archive, or an entry is larger
/// than kMaxTemplateEntryBytes or corrupt.
std::vector<ZipEntry> read_zip_file(const std::string& path);

/// One relationship of a part (Part 2 §9.3), target resolved to a part
/// name (no leading slash, "word/header1.xml"), or the URI as written for
/// an external target (a hyperlink).
struct PartRelationship {
  std::string id;
  std::string type;  ///< the type URI
  std::string target;
  bool external = false;  ///< TargetMode="External"
};

/// The relationships part of `part`: "word/_rels/document.xml.rels" for
/// "word/document.xml", "_rels/.rels" for "" (the package).
std::string relationships_part_name(const std::string& part);

/// The folder of `part` with a trailing slash ("word/"), "" at the root.
std::string folder_of(const std::string& part);

/// The relationships of `part` read from `entries` (none when it
/// has no relationships part). Throws TemplateError naming the
/// relationships part when it is not well-formed XML.
std::vector<PartRelationship> read_relationships(const std::vector<ZipEntry>& entries,
                                                 const std::string& part,
                                                 const std::string& template_path);

/// The entry named `name` (ASCII case ignored, as OPC part names compare,
/// Part 2 §9.1.1.1), or nullptr.
const ZipEntry* find_entry(const std::vector<ZipEntry>& entries, const std::string& name);

/// Additions to a package for pictures placed while filling.
struct PackageAdditions {
  struct Image {
    std::string name;       ///< entry name, "word/media/image3.png"
    std::string extension;  ///< "png" or "jpeg"
    std::shared_ptr<const std::string> data;
  };
  struct Relationship {
    std::string id;      ///< "rId12"
    std::string target;  ///< relative to the part's folder, "media/image3.png"
  };
  std::vector<Image> images;
  /// part name → image relationships to add to its relationships part
  std::map<std::string, std::vector<Relationship>> relationships;
};

/// The filled package: the entries of the template in their order, those
/// named in `replaced` with the new bytes, [Content_Types].xml given a
/// Default for each new image extension it lacks (Part 2 §10.1.2.2.2), the
/// relationships parts given the new image relationships (§15.2.14 image
/// part; a part without one gets a new relationships part), and the new
/// images after the template's entries. Entries are stamped with a fixed
/// time (build_zip), so equal input gives equal bytes. Throws IoError
/// (libzip) and TemplateError (a malformed [Content_Types].xml).
std::string write_filled_package(const std::vector<ZipEntry>& entries,
                                 const std::map<std::string, std::string>& replaced,
                                 const PackageAdditions& additions,
                                 const std::string& template_path);

}  // namespace formwork
