#pragma once
// Regular expressions of JSON Schema ("pattern", "patternProperties") run
// with RE2: time linear in the text and no recursion, so a string of any
// length is checked without exhausting the stack (std::regex recurses once
// per character and crashes on ~26,000 characters).
#include <memory>
#include <string>
#include <string_view>

namespace re2 {
class RE2;
}

namespace formwork {

/// One compiled schema pattern. JSON Schema patterns are ECMA-262 regular
/// expressions (draft-07 §4.3); RE2 accepts their common subset and refuses
/// look-around and backreferences, which cannot run in linear time.
class SchemaRegex {
 public:
  /// Compiles `pattern` as UTF-8. Throws std::invalid_argument with RE2's
  /// reason ("invalid perl operator: (?=") when RE2 cannot run it.
  explicit SchemaRegex(const std::string& pattern);
  ~SchemaRegex();
  SchemaRegex(SchemaRegex&&) noexcept;
  SchemaRegex& operator=(SchemaRegex&&) noexcept;

  /// Whether the pattern matches somewhere in `text` (unanchored, as
  /// draft-07 §6.3.3 requires). Thread-safe.
  bool search(std::string_view text) const;

 private:
  std::unique_ptr<re2::RE2> re_;
};

}  // namespace formwork
