#pragma once
// Page setup attributes of <page> and <section> (private to the template
// module): what a template says, applied on top of a base PageSetup so a
// <section> changes only what it names (as a new Word section starts from
// the previous one's settings).
#include <optional>
#include <string>

#include "model/document.h"
#include "template/attributes.h"

namespace formwork {

/// Attribute names shared by <page> and <section>.
extern const std::initializer_list<std::string_view> kPageAttributes;

/// One header or footer line as written; absent fields keep the base's.
struct MarginTextSpec {
  std::optional<std::string> pattern;
  std::optional<MarginTextAlign> align;
  std::optional<double> distance_mm;
  std::optional<double> indent_em;
  std::optional<std::string> font_role;
  std::optional<double> size_pt;
};

/// The page attributes of one element, each optional.
struct PageSpec {
  /// Paper as portrait width × height, mm (A4 210 × 297).
  std::optional<std::pair<double, double>> paper_mm;
  std::optional<bool> landscape;
  std::optional<double> top_mm, bottom_mm, left_mm, right_mm;
  MarginTextSpec header, footer;
  std::optional<bool> first_page_numbers;
  std::optional<int> grid_lines, grid_chars;
  SourceLoc loc;

  /// `base` with this spec's values applied. Paper and orientation: a
  /// missing one is taken from `base`. Throws TemplateError at `loc` when
  /// the margins leave less than 20 mm of text width or height.
  PageSetup apply(const PageSetup& base) const;
};

/// Reads the page attributes (paper, orientation, top/bottom/left/right mm,
/// header/footer patterns and their -align/-distance/-indent/-font/-size,
/// first-page-numbers, grid-lines, grid-chars) of `attrs`. Throws
/// TemplateError for malformed values.
PageSpec parse_page_spec(const Attributes& attrs);

}  // namespace formwork
