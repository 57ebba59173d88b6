#include "layout/layout.h"

#include <variant>

#include "layout/margin_text.h"
#include "layout/page_flow.h"
#include "layout/paragraph_flow.h"
#include "layout/paragraph_layout.h"
#include "layout/table_flow.h"
#include "layout/table_layout.h"
#include "layout/text_context.h"

namespace formwork {

namespace {

// A block measured for its section's text width, ready to be paginated.
using Prepared = std::variant<ParagraphBox, TableBox, PageBreak>;

// A run of blocks sharing one page setup: the document's first section, or
// the blocks after a SectionBreak.
struct Section {
  const PageSetup* setup;
  std::vector<const Block*> blocks;
};

std::vector<Section> split_sections(const Document& doc) {
  std::vector<Section> out{{&doc.page, {}}};
  for (const Block& block : doc.blocks) {
    if (const auto* s = std::get_if<SectionBreak>(&block)) {
      out.push_back({&s->page, {}});
    } else {
      out.back().blocks.push_back(&block);
    }
  }
  return out;
}

std::vector<Prepared> prepare(const Section& section, const PageFlow& flow, TextContext& ctx) {
  std::vector<Prepared> out;
  double left = flow.content_left();
  double width = flow.content_width();
  for (const Block* block : section.blocks) {
    if (const auto* p = std::get_if<Paragraph>(block)) {
      out.emplace_back(
          layout_paragraph(*p, left, width, p->align, ctx, flow.grid(), flow.content_height()));
    } else if (const auto* t = std::get_if<Table>(block)) {
      out.emplace_back(layout_table(*t, left, width, ctx, flow.content_height()));
    } else {
      out.emplace_back(PageBreak{});
    }
  }
  return out;
}

// Height that must share a page with the end of keep_with_next paragraph i:
// following keep_with_next paragraphs whole, then the lead of the block
// after them (the lines widow control keeps together, or a table's header
// and first row group).
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
      return need + paragraph_lead_height(*p);
    }
    if (const auto* t = std::get_if<TableBox>(&blocks[j])) return need + table_lead_height(*t);
    return need;  // a page break: nothing to keep with
  }
  return need;
}

void place_section(const Section& section, PageFlow& flow, TextContext& ctx) {
  flow.start_section(*section.setup);
  std::vector<Prepared> blocks = prepare(section, flow, ctx);
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (auto* p = std::get_if<ParagraphBox>(&blocks[i])) {
      place_paragraph(*p, keep_need(blocks, i), flow);
    } else if (auto* t = std::get_if<TableBox>(&blocks[i])) {
      place_table(*t, flow, ctx);
      flow.snap_down();
    } else {
      flow.new_page(false);
    }
    // A placed block is on its pages now; keep_need only looks ahead, so
    // its box can go (a long text's line boxes would otherwise stay until
    // the section ends, beside the pages holding the same lines).
    blocks[i] = PageBreak{};
  }
}

}  // namespace

LaidOutDocument layout_document(const Document& doc, FontProvider& fonts) {
  TextContext ctx(fonts);
  PageFlow flow;
  for (const Section& section : split_sections(doc)) place_section(section, flow, ctx);
  place_margin_texts(flow, ctx);
  LaidOutDocument out;
  out.title = doc.title;
  out.pages = std::move(flow.pages());
  out.warnings = ctx.faces.warnings();
  return out;
}

}  // namespace formwork
