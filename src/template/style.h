#pragma once
// Paragraph and character styles from template attributes and the
// per-role defaults (private to the template module).
#include "model/document.h"
#include "template/attributes.h"

namespace formwork {

/// The style a paragraph starts from before its own attributes: the
/// paragraph properties plus the text style of its runs.
struct BaseStyle {
  Paragraph paragraph;  ///< runs always empty
  TextStyle text;
};

/// Indents given as placeholders (`right-indent="{{ … }}"`), evaluated per
/// record: a signature placed by the length of the signer's name (GB/T 9704
/// §7.3.5.2). Each must give a number of em.
struct DynamicIndents {
  std::optional<Expression> first_line, left, right;
  bool empty() const { return !first_line && !left && !right; }
};

/// Sets text.font_role from attribute `name` when present. Throws
/// TemplateError for a role other than song, fangsong, kai, hei, xbs, serif,
/// sans.
void apply_font_role(const Attributes& attrs, const std::string& name, TextStyle& text);

/// Applies font, size (pt), bold, italic, underline and color (#RRGGBB)
/// when present. Throws TemplateError for an unknown font role (song,
/// fangsong, kai, hei, xbs, serif, sans) or malformed values.
void apply_text_style(const Attributes& attrs, TextStyle& text);

/// Applies the text style plus align, indent / left-indent / right-indent
/// (em), space-before / space-after (pt), line-spacing (multiple of the
/// font size), keep-with-next and widow-control when present.
/// With `dynamic` null, an indent written as a placeholder is a
/// TemplateError; otherwise it is parsed into `dynamic`.
void apply_paragraph_style(const Attributes& attrs, BaseStyle& style,
                           DynamicIndents* dynamic = nullptr);

/// The role defaults on top of the document defaults `base` (GB/T 9704
/// §7.3: titles 小标宋, heading levels 黑体 · 楷体 · 仿宋 · 仿宋 in 三号 16 pt):
/// Title xbs 18 pt bold centred, 12 pt after; Heading 1 hei 16, 2 kai 16,
/// 3 fangsong 16 bold, 4 fangsong 16, keep with next; Signature right
/// aligned; Body unchanged.
BaseStyle role_defaults(const BaseStyle& base, ParagraphRole role, int heading_level);

}  // namespace formwork
