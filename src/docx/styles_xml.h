#pragma once
// The style definitions part, word/styles.xml (ECMA-376 Part 1 §17.7).
#include <string>

#include "docx/document_styles.h"
#include "docx/font_names.h"

namespace formwork {

/// word/styles.xml: w:docDefaults (w:rFonts of the song role: ascii/hAnsi/
/// cs Times New Roman, eastAsia 宋体; 12 pt; w:lang en-US / eastAsia zh-CN),
/// the paragraph styles Normal (default, widow control, the body's font and
/// size — the size Word's character grid is computed from), Title (centred)
/// and Heading1..Heading4 (w:outlineLvl 0..3, so they appear in the
/// navigation pane and PDF outline) with the run formatting of
/// `doc_styles`, the default table style TableNormal and TableGrid (single
/// 4 borders). Runs still carry their formatting directly.
std::string build_styles_xml(const DocumentStyles& doc_styles, const DocxFonts& fonts);

}  // namespace formwork
