#include "docx/document_xml.h"

#include <algorithm>
#include <cmath>
#include <pugixml.hpp>
#include <type_traits>
#include <variant>

#include "docx/docx_sections.h"
#include "docx/drawing_xml.h"
#include "docx/ooxml_names.h"
#include "docx/paragraph_xml.h"
#include "docx/section_xml.h"
#include "docx/table_xml.h"
#include "docx/xml_util.h"

namespace formwork {

namespace {

// Paragraph context for the body of a section.
ParagraphContext body_context(const PageSetup& page, double normal_size_pt, const DocxFonts& fonts,
                              DeferredRuns& deferred, DocxMedia& media) {
  SectionGrid grid = doc_grid(page, normal_size_pt);
  ParagraphContext ctx;
  ctx.fonts = &fonts;
  ctx.deferred = &deferred;
  ctx.media = &media;
  ctx.available_width = page_geometry(page).text_width();
  ctx.available_height = page_geometry(page).text_height();
  ctx.line_pitch = page.grid_lines > 0 ? grid.line_pitch : 0;
  ctx.section_grid = grid.type != nullptr;
  ctx.run_spacing = grid.run_spacing;
  ctx.grid_size_pt = normal_size_pt;
  return ctx;
}

// Marks paragraph `p` to start on a new page (w:pageBreakBefore, §17.3.1.23)
// at its place in the schema order: after w:keepNext, before w:widowControl.
void set_page_break_before(pugi::xml_node p) {
  pugi::xml_node ppr = p.child("w:pPr");
  ppr.insert_child_before("w:pageBreakBefore", ppr.child("w:widowControl"));
}

// Twips from the em box of `block`'s last line to that line's bottom in the
// PDF layout, which centres the em box in the line (layout/line_metrics.h):
// half of the line less the largest size. 0 for anything but a paragraph of
// text.
long text_gap_below(const Block& block, const ParagraphContext& ctx) {
  const auto* prev = std::get_if<Paragraph>(&block);
  if (prev == nullptr || prev->rule || prev->runs.empty()) return 0;
  double size = 0;
  for (const Run& run : prev->runs) size = std::max(size, run.style.size_pt);
  const long line = line_height_twips(*prev, ctx.line_pitch);
  return std::max(0L, (line - std::lround(size * 20)) / 2);
}

// Writes the blocks of one section; returns the paragraph that ends it, or
// a null node when it ends with a table.
pugi::xml_node append_section_blocks(pugi::xml_node body, const Document& doc,
                                     const SectionRange& range, bool first_section,
                                     bool last_section, const ParagraphContext& ctx) {
  PageGeometry g = page_geometry(*range.page);
  pugi::xml_node last;
  for (size_t i = range.begin; i < range.end; ++i) {
    const Block& block = doc.blocks[i];
    if (const auto* para = std::get_if<Paragraph>(&block)) {
      ParagraphContext here = ctx;
      if (para->rule && i > range.begin)
        here.rule_text_gap = text_gap_below(doc.blocks[i - 1], ctx);
      last = append_paragraph(body, *para, para->align, here);
    } else if (const auto* table = std::get_if<Table>(&block)) {
      append_table(body, *table, g.text_width(), g.text_height(), ctx);
      last = pugi::xml_node();
      bool next_is_table = i + 1 < range.end && std::holds_alternative<Table>(doc.blocks[i + 1]);
      if (next_is_table) append_spacer_paragraph(body, ctx);
    } else if (std::holds_alternative<PageBreak>(block)) {
      bool redundant =
          (i == range.begin && !first_section) || (i + 1 == range.end && !last_section);
      if (redundant) continue;
      const auto* next = i + 1 < range.end ? std::get_if<Paragraph>(&doc.blocks[i + 1]) : nullptr;
      if (next != nullptr) {
        // The next paragraph starts the page itself: no empty line at its top.
        last = append_paragraph(body, *next, next->align, ctx);
        set_page_break_before(last);
        ++i;
        continue;
      }
      append_page_break(body, ctx);
      last = body.last_child();
    }
  }
  return last;
}

}  // namespace

std::string build_document_xml(const Document& doc, const DocumentStyles& styles,
                               const HeaderFooterPlan& headers, const DocxFonts& fonts,
                               DocxMedia& media) {
  pugi::xml_document xml;
  docx_xml::add_declaration(xml);
  pugi::xml_node root = xml.append_child("w:document");
  root.append_attribute("xmlns:w") = ooxml::kNsW;
  root.append_attribute("xmlns:r") = ooxml::kNsR;
  pugi::xml_node body = root.append_child("w:body");
  DeferredRuns deferred;  // long texts stay out of the tree (memory)
  std::vector<SectionRange> sections = split_sections(doc);
  double normal_size = styles.normal.size_pt;
  for (size_t s = 0; s < sections.size(); ++s) {
    bool last_section = s + 1 == sections.size();
    ParagraphContext ctx = body_context(*sections[s].page, normal_size, fonts, deferred, media);
    pugi::xml_node last = append_section_blocks(body, doc, sections[s], s == 0, last_section, ctx);
    if (!last) last = append_spacer_paragraph(body, ctx);
    SectionSpec spec;
    spec.page = sections[s].page;
    if (s < headers.refs.size()) spec.refs = headers.refs[s];
    spec.new_page = s > 0;
    spec.title_page = s == 0 && headers.title_page;
    spec.normal_size_pt = normal_size;
    append_section_properties(last_section ? body : last.child("w:pPr"), spec);
  }
  // Only a document with pictures declares their namespaces: one without
  // keeps the bytes it always had.
  if (!media.empty()) declare_drawing_namespaces(root);
  return deferred.serialize(xml);
}

}  // namespace formwork
