#pragma once
// What every part of the DOCX reader shares while reading one package:
// the package, its styles, theme fonts, numbering counters, drawings and
// the warnings; and, per part, its name and relationships.
#include <string>

#include "docx/drawing_reader.h"
#include "ooxml/font_role_names.h"
#include "docx/numbering_reader.h"
#include "ooxml/package_reader.h"
#include "docx/reader_warnings.h"
#include "docx/style_sheet.h"

namespace formwork {

/// The tab character of the model: a w:tab (§17.3.3.32), w:ptab and a list
/// label's tab suffix become one U+3000 IDEOGRAPHIC SPACE. The model has
/// no tab stops; a tab in a Chinese document usually advances to the next
/// default stop, two characters at most (w:defaultTabStop 420 twips), so
/// one em of white keeps words apart and columns roughly where they were,
/// and survives in TXT where a '\t' would be expanded by the viewer.
inline constexpr const char* kTabText = "\u3000";

/// Markers that a header or footer paragraph's text carries in place of
/// PAGE and NUMPAGES fields (private-use code points no document text
/// uses there); the header/footer reader turns them into {page}/{pages}.
inline constexpr const char* kPageMarker = "\uE000";
inline constexpr const char* kPagesMarker = "\uE001";
/// A tab in a header or footer, kept apart from U+3000 so that leading
/// tabs can be read as alignment to the style's tab stops.
inline constexpr const char* kMarginTabMarker = "\uE002";

/// Shared state of one read_docx call.
struct ReaderContext {
  const OpcPackage* package = nullptr;
  const StyleSheet* styles = nullptr;
  ThemeFonts theme;
  Numbering* numbering = nullptr;
  DrawingReader* drawings = nullptr;
  ReaderWarnings* warnings = nullptr;
  /// One "line" of w:beforeLines / w:afterLines (hundredths of a line), in
  /// twips: the document grid's pitch, else 12 pt (Word's line unit).
  double line_unit_twips = 240;
  /// Text width in mm of the section being read (floating pictures aligned
  /// by wp:align, table widths).
  double text_width_mm = 160;
  /// Left margin in mm of the section being read (page-relative pictures).
  double margin_left_mm = 25;
};

/// The part being read.
struct PartContext {
  std::string name;    ///< e.g. "word/document.xml", for warnings
  Relationships rels;  ///< its relationships (images)
  /// A header or footer: PAGE/NUMPAGES fields become kPageMarker /
  /// kPagesMarker and tabs kMarginTabMarker.
  bool margin = false;
};

}  // namespace formwork
