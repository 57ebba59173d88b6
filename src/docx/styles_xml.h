#pragma once
// The style definitions part, word/styles.xml (ECMA-376 Part 1 §17.7).
#include <string>

namespace formwork {

/// word/styles.xml: w:docDefaults (w:rFonts ascii/hAnsi/cs Times New Roman,
/// eastAsia 宋体; 12 pt; w:lang en-US / eastAsia zh-CN), the paragraph
/// styles Normal (default), Title, Heading1..Heading4 (w:outlineLvl 0..3,
/// so they appear in the navigation pane and PDF outline), the default
/// table style TableNormal and TableGrid (single 4 borders). Runs carry
/// their formatting directly, so styles set no run properties of their own.
std::string build_styles_xml();

}  // namespace formwork
