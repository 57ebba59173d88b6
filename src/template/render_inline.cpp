#include "template/render_inline.h"

#include "template/render_guard.h"
#include "util/forbidden_chars.h"
#include "util/utf8.h"

namespace formwork {

namespace {

bool same_style(const TextStyle& a, const TextStyle& b) {
  return a.font_role == b.font_role && a.size_pt == b.size_pt && a.bold == b.bold &&
         a.italic == b.italic && a.underline == b.underline && a.color == b.color;
}

std::string leaf_text(const InlineLeaf& leaf, const Scope& scope) {
  if (leaf.is_break) return "\n";
  std::string text;
  for (const TextPiece& p : leaf.pieces)
    text += p.placeholder ? p.placeholder->render(scope) : p.literal;
  return text;
}

// CR LF / CR → '\n', tab → ' ', the characters no output may carry
// (util/forbidden_chars.h) dropped.
std::string strip_controls(std::string_view text) { return normalize_run_text(text, true); }

}  // namespace

std::string clean_run_text(std::string_view text) { return nfc(strip_controls(text)); }

std::vector<Run> render_runs(const Inlines& leaves, const Scope& scope, const SourceLoc& loc) {
  std::vector<Run> runs;
  for (const InlineLeaf& leaf : leaves) {
    if (leaf.picture) {
      if (auto pic = render_picture(*leaf.picture, scope)) runs.push_back(Run{"", leaf.style, pic});
      continue;
    }
    std::string text = strip_controls(guarded(loc, [&] { return leaf_text(leaf, scope); }));
    if (text.empty()) continue;  // so that equal styles around it still merge
    if (!runs.empty() && !runs.back().picture && same_style(runs.back().style, leaf.style)) {
      runs.back().text += text;
    } else {
      runs.push_back(Run{std::move(text), leaf.style, nullptr});
    }
  }
  // NFC per merged run: a combining mark from data may follow literal text.
  for (Run& r : runs) r.text = guarded(loc, [&] { return nfc(r.text); });
  return runs;
}

namespace {

// Evaluates an indent placeholder: a number of em in [-50, 50].
void eval_indent(const std::optional<Expression>& e, const Scope& scope, const SourceLoc& loc,
                 double& out) {
  if (!e) return;
  Value v = e->eval(scope);
  if (!v.is_number()) {
    throw TemplateError("indent {{" + e->source() + "}} must give a number of em, got " +
                            std::string(v.type_name()) + " " + v.to_text(),
                        loc);
  }
  double em = v.as_number().to_double();
  if (em < -50 || em > 50) {
    throw TemplateError(
        "indent {{" + e->source() + "}} gives " + v.to_text() + " em, outside -50…50", loc);
  }
  out = em;
}

}  // namespace

Paragraph render_paragraph(const ParagraphNode& node, const Scope& scope) {
  Paragraph p = node.proto;
  p.runs = render_runs(node.content, scope, node.loc);
  eval_indent(node.indents.first_line, scope, node.loc, p.first_line_indent_em);
  eval_indent(node.indents.left, scope, node.loc, p.left_indent_em);
  eval_indent(node.indents.right, scope, node.loc, p.right_indent_em);
  return p;
}

}  // namespace formwork
