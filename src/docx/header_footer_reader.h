#pragma once
// Header and footer parts (ECMA-376 Part 1 §17.10: w:hdr, w:ftr) read as
// the model's one MarginText line each: the paragraph holding the page
// number (PAGE, NUMPAGES fields → {page}, {pages}), else the first one with
// text. Everything else in the part is warned, never dropped silently.
#include <map>
#include <string>

#include "docx/reader_context.h"
#include "model/document.h"

namespace formwork {

/// What one header or footer part holds for the model.
struct MarginLine {
  /// pattern, align (w:jc, or a leading tab's stop: center/right), the
  /// indent from its side (em), font role, size and own_face_for_latin of
  /// its first text. distance_mm and skip_first_page are left to the
  /// section (they depend on its margins and w:titlePg).
  MarginText text;
  bool empty = true;  ///< nothing printed (no text, no page number)
};

/// Reads header and footer parts, each once however many sections use it.
class HeaderFooterReader {
 public:
  explicit HeaderFooterReader(ReaderContext& ctx) : ctx_(ctx) {}

  /// The line of part `name` (e.g. "word/footer1.xml"); an empty line when
  /// the package has no such part. Throws TemplateError for malformed XML.
  const MarginLine& read(const std::string& name);

 private:
  MarginLine parse(const std::string& name);

  ReaderContext& ctx_;
  std::map<std::string, MarginLine> cache_;
};

}  // namespace formwork
