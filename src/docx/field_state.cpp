#include "docx/field_state.h"

#include "util/utf8.h"

namespace formwork {

FieldKind field_kind(std::string_view instruction) {
  const std::string code = ascii_lower(instruction);
  size_t start = code.find_first_not_of(" \t");
  if (start == std::string::npos) return FieldKind::Other;
  size_t end = code.find_first_of(" \t\\", start);
  std::string_view name = std::string_view(code).substr(start, end - start);
  if (name == "page") return FieldKind::Page;
  if (name == "numpages" || name == "sectionpages") return FieldKind::Pages;
  return FieldKind::Other;
}

void FieldState::begin() { open_.push_back({}); }

void FieldState::instruction(std::string_view text) {
  if (!open_.empty() && !open_.back().in_result) open_.back().code += text;
}

FieldKind FieldState::separate() {
  if (open_.empty()) return FieldKind::Other;
  open_.back().in_result = true;
  return field_kind(open_.back().code);
}

FieldKind FieldState::end(bool* had_result) {
  *had_result = true;
  if (open_.empty()) return FieldKind::Other;
  *had_result = open_.back().in_result;
  FieldKind kind = field_kind(open_.back().code);
  open_.pop_back();
  return kind;
}

bool FieldState::visible() const {
  for (const Open& f : open_) {
    if (!f.in_result || f.replaced) return false;
  }
  return true;
}

void FieldState::replace_result() {
  if (!open_.empty()) open_.back().replaced = true;
}

}  // namespace formwork
