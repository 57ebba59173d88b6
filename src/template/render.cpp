#include "template/render.h"

#include "model/sheet_name.h"
#include "template/control_flow.h"
#include "template/render_guard.h"
#include "template/render_inline.h"
#include "template/render_table.h"

namespace formwork {

namespace {

SectionBreak render_section(const SectionNode& n, const Scope& scope, const PageSetup& current) {
  SectionBreak b;
  b.page = n.spec.apply(current);
  if (n.sheet) {
    b.sheet_name =
        guarded(n.loc, [&] { return sanitize_sheet_name(clean_run_text(n.sheet->render(scope))); });
  }
  return b;
}

// `current` is the page setup in force, which a <section> starts from.
void emit_block(const Node& node, const Scope& scope, PageSetup& current,
                std::vector<Block>& blocks) {
  if (const auto* sec = std::get_if<SectionNode>(&node.v)) {
    SectionBreak b = render_section(*sec, scope, current);
    current = b.page;
    blocks.emplace_back(std::move(b));
  } else if (const auto* p = std::get_if<ParagraphNode>(&node.v)) {
    blocks.emplace_back(render_paragraph(*p, scope));
  } else if (const auto* t = std::get_if<TableNode>(&node.v)) {
    if (auto table = render_table(*t, scope)) blocks.emplace_back(std::move(*table));
  } else if (std::holds_alternative<PageBreakNode>(node.v)) {
    blocks.emplace_back(PageBreak{});
  }
}

}  // namespace

Document render_document(const TemplateNode& form, const Value& record) {
  Scope scope(record);
  scope.set_locale(form.locale);
  Document doc;
  doc.title = guarded(form.loc, [&] { return clean_run_text(form.title.render(scope)); });
  doc.sheet_name = guarded(
      form.loc, [&] { return sanitize_sheet_name(clean_run_text(form.sheet.render(scope))); });
  doc.page = form.page;
  PageSetup current = doc.page;
  expand(form.body, scope,
         [&](const Node& n, const Scope& s) { emit_block(n, s, current, doc.blocks); });
  return doc;
}

}  // namespace formwork
