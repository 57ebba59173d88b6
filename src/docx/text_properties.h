#pragma once
// Run and paragraph properties as WordprocessingML states them (ECMA-376
// Part 1 §17.3.2 w:rPr, §17.3.1 w:pPr), each one optional so that the
// levels of the style hierarchy (§17.7.2: document defaults, table style,
// paragraph style, numbering, character style, direct formatting) can be
// laid over each other, a level's stated value replacing the one below.
// Lengths stay in the file's units here (twips, hundredths of a character
// or line); the readers convert them to the model's em, pt and mm.
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace formwork {

/// A face named in w:rFonts: a face name, or a theme reference
/// (w:asciiTheme etc., ST_Theme §17.18.96, e.g. "minorEastAsia"), which
/// wins over the name at the same level.
struct FontRef {
  std::string name;
  bool theme = false;
};

/// Character properties (§17.3.2.28 w:rPr) that the model can carry or that
/// the reader must warn about.
struct RunProps {
  std::optional<FontRef> ascii;        ///< w:ascii: Latin letters, digits
  std::optional<FontRef> h_ansi;       ///< w:hAnsi: other Latin (Vietnamese)
  std::optional<FontRef> east_asia;    ///< w:eastAsia: Han, kana, CJK punctuation
  std::optional<bool> hint_east_asia;  ///< w:hint="eastAsia" (quotes, dashes in the CJK face)
  std::optional<double> size_pt;       ///< w:sz in half-points (§17.3.2.38), as pt
  std::optional<bool> bold;            ///< w:b
  std::optional<bool> italic;          ///< w:i
  std::optional<bool> underline;       ///< w:u other than "none"
  std::optional<bool> caps;            ///< w:caps / w:smallCaps: printed in capitals
  std::optional<bool> vanish;          ///< w:vanish: hidden text, not printed
  std::optional<bool> strike;          ///< w:strike / w:dstrike
  std::optional<bool> raised;          ///< w:vertAlign super/subscript or w:position ≠ 0
  std::optional<bool> highlight;       ///< w:highlight or a run w:shd fill
  std::optional<unsigned> color;       ///< w:color 0xRRGGBB ("auto" = black)
  std::string style_id;                ///< w:rStyle (direct formatting only)

  /// Lays `over` on top: every property `over` states replaces this one's.
  void overlay(const RunProps& over);
};

/// Reads a w:rPr element (a null node gives an empty RunProps).
RunProps read_run_props(const pugi::xml_node& rpr);

/// The first-line indent of w:ind (§17.3.1.12): firstLine or hanging, in
/// twips and, when stated, in hundredths of a character (firstLineChars,
/// hangingChars), which win over the twips when not 0.
struct FirstLineIndent {
  double twips = 0;
  double chars = 0;
  bool hanging = false;
};

/// w:spacing w:line and w:lineRule (§17.3.1.33): `value` in 240ths of a
/// line for Auto, else twips.
struct LineRule {
  enum class Kind { Auto, Exact, AtLeast };
  double value = 240;
  Kind kind = Kind::Auto;
};

/// A custom tab stop (§17.3.1.37 w:tab): its kind and position in twips.
struct TabStop {
  std::string kind;  ///< "left", "center", "right", "decimal", "bar", "clear"…
  double pos = 0;
};

/// A paragraph border line (§17.3.4): thickness in eighths of a point
/// (w:sz) and colour.
struct BorderLine {
  double eighths = 4;
  unsigned color = 0;
};

/// Paragraph properties (§17.3.1.26 w:pPr) the reader uses.
struct ParaProps {
  std::string style_id;               ///< w:pStyle (direct formatting only)
  std::optional<std::string> jc;      ///< w:jc value
  std::optional<double> left;         ///< w:ind w:left / w:start, twips
  std::optional<double> right;        ///< w:ind w:right / w:end, twips
  std::optional<double> left_chars;   ///< w:ind w:leftChars, hundredths of a character
  std::optional<double> right_chars;  ///< w:ind w:rightChars
  std::optional<FirstLineIndent> first_line;
  std::optional<double> before;        ///< w:spacing w:before, twips
  std::optional<double> after;         ///< w:spacing w:after, twips
  std::optional<double> before_lines;  ///< w:beforeLines, hundredths of a line
  std::optional<double> after_lines;   ///< w:afterLines
  std::optional<bool> before_auto;     ///< w:beforeAutospacing (HTML spacing)
  std::optional<bool> after_auto;      ///< w:afterAutospacing
  std::optional<LineRule> line;
  std::optional<bool> keep_next;            ///< w:keepNext
  std::optional<bool> widow_control;        ///< w:widowControl
  std::optional<bool> page_break_before;    ///< w:pageBreakBefore
  std::optional<int> outline_level;         ///< w:outlineLvl 0..8 (9 = body text)
  std::optional<int> num_id;                ///< w:numPr/w:numId (0 = no list)
  std::optional<int> num_level;             ///< w:numPr/w:ilvl
  std::optional<BorderLine> border_top;     ///< w:pBdr/w:top, when not none
  std::optional<BorderLine> border_bottom;  ///< w:pBdr/w:bottom, when not none
  std::optional<bool> border_sides;         ///< w:pBdr left/right/between/bar shown
  std::optional<bool> shaded;               ///< w:shd with a fill other than auto/white
  std::optional<bool> framed;               ///< w:framePr (a text frame)
  /// w:framePr w:xAlign ("left", "center", "right", "inside", "outside"):
  /// where Word's page-number frames in footers sit.
  std::optional<std::string> frame_align;
  std::optional<bool> snap_to_grid;  ///< w:snapToGrid (on unless stated off)
  std::optional<bool> contextual;    ///< w:contextualSpacing
  std::vector<TabStop> tabs;         ///< w:tabs, merged across levels
  RunProps mark;                     ///< w:rPr: the paragraph mark's run properties

  /// Lays `over` on top, property by property (a level that states w:left
  /// without w:leftChars also drops the inherited leftChars, and likewise
  /// for spacing, so the level's own value is the one used). Tab stops
  /// accumulate; a "clear" stop removes the stop at its position.
  void overlay(const ParaProps& over);
};

/// Reads a w:pPr element (a null node gives an empty ParaProps).
ParaProps read_para_props(const pugi::xml_node& ppr);

/// Whether a w:shd (§17.3.5) paints a fill: a w:fill other than "auto",
/// "FFFFFF" or empty, or a solid pattern in a dark w:color.
bool shading_fills(const pugi::xml_node& shd);

/// Whether a border element (w:top, w:insideH…, §17.3.4) draws a line:
/// present with a w:val other than "none", "nil" or empty.
bool border_shows(const pugi::xml_node& border);

/// 0xRRGGBB for an ST_HexColor ("auto" and unreadable values are black).
unsigned parse_color(std::string_view hex);

}  // namespace formwork
