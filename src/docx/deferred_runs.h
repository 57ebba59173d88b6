#pragma once
// Long run text kept out of the pugixml tree until the part is serialised.
// A DOM node costs about 100 bytes, so a text of millions of short lines
// (one w:t and one w:br per line, ECMA-376 Part 1 §17.3.3) would take far
// more memory as a tree than as XML. A long run holds a placeholder
// instead; serialisation writes its content in small batches through a
// scratch tree, so memory stays near the size of the XML itself and the
// bytes are the same as if the whole tree had been built.
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace formwork {

/// Appends the content of one w:r for `text` to `run`: w:t elements with
/// xml:space="preserve", '\n' as w:br, '\t' as w:tab, '\r' dropped. `text`
/// must already be clean (util/forbidden_chars.h clean_text).
void append_run_content(pugi::xml_node run, std::string_view text);

/// The long runs of one part and their placeholders.
class DeferredRuns {
 public:
  /// Texts at least this long (bytes) are deferred.
  static constexpr size_t kMinLength = 16 * 1024;

  /// Appends to `run` a placeholder for its content, written by
  /// serialize(). `text` (not yet cleaned) must outlive serialize().
  void defer(pugi::xml_node run, std::string_view text);

  /// `doc` as docx_xml::serialize gives it, each placeholder replaced by
  /// the run content append_run_content would have built for its text.
  std::string serialize(const pugi::xml_document& doc) const;

 private:
  void write_content(std::string& out, std::string_view text) const;
  std::vector<std::string_view> texts_;
};

}  // namespace formwork
