#pragma once
// Reading an OPC package (ECMA-376 Part 2) from memory: its ZIP entries
// (Annex C) and the relationships that lead from the package to the main
// document part and from a part to its styles, headers, footers and media.
#include <zip.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "util/zip_memory.h"

namespace formwork {

/// One relationship of a part (Part 2 §9.3): its type URI and its target
/// resolved to a part name (no leading slash, e.g. "word/media/image1.png"),
/// or the URI as written when the target is external.
struct Relationship {
  std::string type;
  std::string target;
  bool external = false;
};

/// A part's relationships by id ("rId5").
using Relationships = std::map<std::string, Relationship, std::less<>>;

/// Whether relationship type URI `type` ends in `/kind` ("styles", "header",
/// "image"…): transitional (schemas.openxmlformats.org) and strict
/// (purl.oclc.org) URIs share their last segment.
bool is_relationship_type(std::string_view type, std::string_view kind);

/// A .docx (or any OPC package) held in memory; `bytes` must outlive it.
class OpcPackage {
 public:
  /// Opens the ZIP archive. Throws IoError when `bytes` are not a ZIP file.
  explicit OpcPackage(std::string_view bytes);

  /// The bytes of part `name` (no leading slash; matched ignoring ASCII
  /// case, as part names are, Part 2 §9.1.1.1), or nullopt when there is
  /// none. Throws IoError for a part larger than 512 MB uncompressed (a
  /// "zip bomb") or one that cannot be inflated.
  std::optional<std::string> part(const std::string& name) const;

  /// The relationships of part `name` (from "dir/_rels/file.rels"; the
  /// package's own from "_rels/.rels" for name ""), targets resolved
  /// against the part's folder and percent-decoded. Empty when the part has
  /// no relationships part. Throws TemplateError when that is malformed.
  Relationships relationships(const std::string& name) const;

  /// The main document part: the target of the package's officeDocument
  /// relationship, else "word/document.xml". Throws IoError when the
  /// package holds neither (not a WordprocessingML document).
  std::string main_document() const;

 private:
  ZipArchive zip_;
};

/// The target of the first relationship in `rels` of kind `kind`
/// (is_relationship_type) that is internal, or "" when there is none.
std::string related_part(const Relationships& rels, std::string_view kind);

}  // namespace formwork
