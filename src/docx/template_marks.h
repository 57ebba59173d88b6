#pragma once
// Private marks the DOCX template engine leaves in its parsed copy of a part
// (docx_template.h) between load and fill. They are plain un-prefixed
// names, which no WordprocessingML element or attribute has (every one is
// in a namespace, and the engine requires the usual "w" prefix), and fill()
// removes every one before a part is written.
namespace formwork::docx_marks {

/// On a w:t (§17.3.3.31) that holds exactly one tag's text, and on a range
/// wrapper: the tag's index in its part's tag list.
inline constexpr const char* kTag = "fw-tag";

/// Wrappers around the elements of a block range: the paragraphs and tables
/// (or the w:tr rows) from the opening tag's element to the closing tag's.
inline constexpr const char* kEach = "fw-each";
inline constexpr const char* kIf = "fw-if";
/// Children of kIf: the elements before {{else}} and those after it.
inline constexpr const char* kThen = "fw-then";
inline constexpr const char* kElse = "fw-else";

/// On a w:tbl holding a row range: after filling, its vertical merges are
/// repaired and, left without rows, it is removed (row_merge.h).
inline constexpr const char* kRowTable = "fw-rows";

/// On a w:tc that starts a vertical merge (w:vMerge restart, §17.4.85)
/// running past the end of a row range: " 3 7 " lists the ranges (by
/// their opening tag's index) whose second and later copies turn the cell
/// into a continuation, so one merged cell spans every copy.
inline constexpr const char* kSpan = "fw-span";

}  // namespace formwork::docx_marks
