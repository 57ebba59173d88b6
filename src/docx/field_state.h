#pragma once
// Complex fields (ECMA-376 Part 1 §17.16.18): w:fldChar begin, the field
// code in w:instrText, separate, the cached result, end — possibly nested
// and spanning runs and paragraphs. The reader prints the cached result,
// as Word does when it does not update fields, except that a header's or
// footer's PAGE and NUMPAGES fields become page-number markers.
#include <string>
#include <string_view>
#include <vector>

namespace formwork {

/// The field a field code names, for the page-number fields.
enum class FieldKind { Other, Page, Pages };

/// PAGE → Page; NUMPAGES and SECTIONPAGES → Pages (the model counts the
/// whole document); anything else Other. `instruction` is the field code
/// (" PAGE  \* MERGEFORMAT "), case-insensitive.
FieldKind field_kind(std::string_view instruction);

/// The fields open at a point of a part.
class FieldState {
 public:
  /// w:fldChar w:fldCharType="begin".
  void begin();
  /// w:instrText: code of the innermost field, while it is in its code.
  void instruction(std::string_view text);
  /// w:fldChar "separate": the innermost field's result follows. Returns
  /// its kind (read from its code so far).
  FieldKind separate();
  /// w:fldChar "end". Returns the kind of the field that ends and whether
  /// it had no result (no separate), so a page field can still be marked.
  FieldKind end(bool* had_result);
  /// Whether text at this point is printed: every open field is in its
  /// result, and no page-number result is being replaced by a marker.
  bool visible() const;
  /// Marks the innermost field's result as replaced (a page number).
  void replace_result();

 private:
  struct Open {
    std::string code;
    bool in_result = false;
    bool replaced = false;
  };
  std::vector<Open> open_;
};

}  // namespace formwork
