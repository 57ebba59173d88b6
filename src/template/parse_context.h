#pragma once
// Source positions of pugixml nodes and attributes (private to the template
// module). The document is parsed in place from a copy of the file, so every
// name and value pointer pugixml hands out points into that copy and its
// distance from the start is the byte offset in the original file (pugixml
// only ever shortens text after the start of a node or value).
#include <cstddef>
#include <pugixml.hpp>
#include <string>

#include "picture/picture_files.h"
#include "template/source_map.h"

namespace formwork {

/// The parse buffer and the source map of one template file.
struct ParseContext {
  const SourceMap& source;
  const char* buffer;  ///< start of the in-place parse buffer
  std::size_t size;    ///< its size in bytes
  /// Where <image src> files are found; owned by the template.
  const PictureFiles* pictures;

  /// Byte offset of `p` in the file, or npos when `p` is not in the buffer
  /// (pugixml returns static empty strings for absent values).
  std::size_t offset(const char* p) const {
    if (p < buffer || p > buffer + size) return std::string::npos;
    return static_cast<std::size_t>(p - buffer);
  }

  /// Position of an element's '<', or of the first character of a text node.
  SourceLoc at(pugi::xml_node node) const {
    std::size_t off =
        node.type() == pugi::node_element ? offset(node.name()) : offset(node.value());
    if (off == std::string::npos) off = static_cast<std::size_t>(node.offset_debug());
    if (node.type() == pugi::node_element && off > 0) --off;  // from the name back to '<'
    return source.loc(off);
  }

  /// Position of an attribute's name (for "unknown attribute" errors).
  SourceLoc at_name(pugi::xml_attribute attr, pugi::xml_node owner) const {
    std::size_t off = offset(attr.name());
    return off == std::string::npos ? at(owner) : source.loc(off);
  }

  /// Position of an attribute's value (the character after the quote), or
  /// of `owner` when it cannot be found.
  SourceLoc at(pugi::xml_attribute attr, pugi::xml_node owner) const {
    std::size_t off = offset(attr.value());
    if (off == std::string::npos) off = offset(attr.name());
    return off == std::string::npos ? at(owner) : source.loc(off);
  }
};

}  // namespace formwork
