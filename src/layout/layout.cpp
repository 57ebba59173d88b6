#include "layout/layout.h"

#include <variant>

#include "layout/footer.h"
#include "layout/page_flow.h"
#include "layout/paragraph_flow.h"
#include "layout/paragraph_layout.h"
#include "layout/table_flow.h"
#include "layout/table_layout.h"
#include "layout/text_context.h"

namespace formwork {

namespace {

// A block measured for the page's text width, ready to be paginated.
using Prepared = std::variant<ParagraphBox, TableBox, PageBreak>;

std::vector<Prepared> prepare(const Document& doc, const PageFlow& flow, TextContext& ctx) {
  std::vector<Prepared> out;
  double left = flow.content_left();
  double width = flow.content_width();
  for (const Block& block : doc.blocks) {
    if (const auto* p = std::get_if<Paragraph>(&block)) {
      out.emplace_back(layout_paragraph(*p, left, width, p->align, ctx));
    } else if (const auto* t = std::get_if<Table>(&block)) {
      out.emplace_back(layout_table(*t, left, width, ctx));
    } else {
      out.emplace_back(PageBreak{});
    }
  }
  return out;
}

// Height that must share a page with the end of keep_with_next paragraph i:
// following keep_with_next paragraphs whole, then the first line (or the
// first row group of a table) of the block after them.
double keep_need(const std::vector<Prepared>& blocks, size_t i) {
  const auto* self = std::get_if<ParagraphBox>(&blocks[i]);
  if (self == nullptr || !self->keep_with_next) return 0;
  double need = 0;
  for (size_t j = i + 1; j < blocks.size(); ++j) {
    if (const auto* p = std::get_if<ParagraphBox>(&blocks[j])) {
      if (p->keep_with_next) {
        need += p->total_height();
        continue;
      }
      return need + p->space_before + p->lines.front().height;
    }
    if (const auto* t = std::get_if<TableBox>(&blocks[j])) return need + table_lead_height(*t);
    return need;  // a page break: nothing to keep with
  }
  return need;
}

}  // namespace

LaidOutDocument layout_document(const Document& doc, FontProvider& fonts) {
  TextContext ctx(fonts);
  PageFlow flow(doc.page);
  std::vector<Prepared> blocks = prepare(doc, flow, ctx);
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (const auto* p = std::get_if<ParagraphBox>(&blocks[i])) {
      place_paragraph(*p, keep_need(blocks, i), flow);
    } else if (const auto* t = std::get_if<TableBox>(&blocks[i])) {
      place_table(*t, flow);
    } else {
      flow.new_page(false);
    }
  }
  place_footers(doc.page, flow.pages(), ctx);
  LaidOutDocument out;
  out.title = doc.title;
  out.pages = std::move(flow.pages());
  return out;
}

}  // namespace formwork
