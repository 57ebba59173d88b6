#include "docx/paragraph_reader.h"

#include <algorithm>
#include <string>
#include <variant>

#include "docx/floating_placement.h"
#include "docx/inline_reader.h"
#include "docx/paragraph_format.h"
#include "docx/reader_xml.h"
#include "docx/run_collector.h"
#include "docx/run_style.h"
#include "fonts/font_roles.h"

namespace formwork {

namespace {

using docx_read::child;

// The properties of one paragraph at the levels of §17.7.2.
struct Levels {
  ParaProps props;  ///< resolved paragraph properties
  RunProps base;    ///< run properties before character styles and direct formatting
  int num_id = 0;
  int num_level = 0;
  const ListLevel* list = nullptr;
  const ResolvedStyle* style = nullptr;
};

Levels resolve_levels(const pugi::xml_node& p, const ReaderContext& ctx,
                      const ResolvedStyle* table_style) {
  Levels l;
  ParaProps direct = read_para_props(child(p, "pPr"));
  l.style = &ctx.styles->paragraph_style(direct.style_id);
  l.props = ctx.styles->paragraph_defaults();
  l.base = ctx.styles->run_defaults();
  if (table_style != nullptr) {
    l.props.overlay(table_style->para);
    l.base.overlay(table_style->run);
  }
  ParaProps probe = l.props;
  probe.overlay(l.style->para);
  probe.overlay(direct);
  l.num_id = probe.num_id.value_or(0);
  if (probe.num_level) {
    l.num_level = std::clamp(*probe.num_level, 0, 8);
  } else {
    l.num_level = std::max(0, ctx.numbering->level_for_style(l.num_id, direct.style_id));
  }
  l.list = ctx.numbering->level(l.num_id, l.num_level);
  // The list's indents lie under the paragraph style when the style names
  // the list (§17.7.2: numbering below paragraph styles), over it when the
  // paragraph itself does (as Word lets a list set on a paragraph indent it).
  const bool direct_list = direct.num_id.has_value();
  if (l.list != nullptr && !direct_list) l.props.overlay(l.list->para);
  l.props.overlay(l.style->para);
  if (l.list != nullptr && direct_list) l.props.overlay(l.list->para);
  l.base.overlay(l.style->run);
  l.props.overlay(direct);
  return l;
}

void set_role(Paragraph& para, const Levels& l) {
  if (l.style->role == StyleRole::Title) {
    para.role = ParagraphRole::Title;
  } else if (l.props.outline_level && *l.props.outline_level >= 0 && *l.props.outline_level < 9) {
    para.role = ParagraphRole::Heading;
    para.heading_level = std::min(*l.props.outline_level + 1, 4);
  } else if (l.style->role == StyleRole::Heading) {
    para.role = ParagraphRole::Heading;
    para.heading_level = std::clamp(l.style->heading_level, 1, 4);
  }
}

bool is_cjk(const std::string& role) {
  const FontRole* r = find_font_role(role);
  return r == nullptr || r->cjk;
}

ParagraphMetrics metrics_of(const Paragraph& para, double line_unit_twips) {
  ParagraphMetrics m;
  m.line_unit_twips = line_unit_twips;
  const TextStyle& first = para.runs.front().style;
  m.em_pt = first.size_pt;
  m.cjk = is_cjk(first.font_role);
  m.line_size_pt = 0;
  for (const Run& run : para.runs) m.line_size_pt = std::max(m.line_size_pt, run.style.size_pt);
  return m;
}

// A rule paragraph has no runs: the model's em is the default 12 pt; its
// line is the mark's.
ParagraphMetrics rule_metrics(const TextStyle& mark, double line_unit_twips) {
  ParagraphMetrics m;
  m.line_unit_twips = line_unit_twips;
  m.em_pt = TextStyle{}.size_pt;
  m.line_size_pt = mark.size_pt;
  m.cjk = is_cjk(mark.font_role);
  return m;
}

// A text-less paragraph with a top or bottom border: the model's rule. Its
// empty line (Word prints the border under or over it) goes into the
// space before, so the rule sits where Word draws it.
void make_rule(Paragraph& para, const ParaProps& props, const TextStyle& mark) {
  const BorderLine& line = props.border_bottom ? *props.border_bottom : *props.border_top;
  HorizontalRule rule;
  rule.thickness_pt = std::max(0.25, line.eighths / 8.0);
  rule.color = line.color;
  para.rule = rule;
  para.space_before_pt += para.line_spacing * mark.size_pt;
}

// Whether a read paragraph shows anything: a rule, text or a picture (an
// empty one holds only its mark's empty run).
bool prints(const Paragraph& para) {
  if (para.rule) return true;
  for (const Run& run : para.runs) {
    if (run.picture || !run.text.empty()) return true;
  }
  return false;
}

// Prefixes the paragraph's list label (numbering.xml) in the paragraph
// mark's properties with the level's w:rPr over them.
void add_list_label(const Levels& l, const RunProps& mark_props, RunCollector& runs,
                    ReaderContext& ctx, const PartContext& part) {
  ListLabel label =
      ctx.numbering->next_label(l.num_id, l.num_level, part.margin ? kMarginTabMarker : kTabText);
  if (label.unsupported_format) ctx.warnings->note(DocxLoss::NumberFormat, part.name);
  if (label.rough_bullet) ctx.warnings->note(DocxLoss::SymbolFont, part.name);
  RunProps label_props = mark_props;
  label_props.overlay(label.run);
  label_props.vanish = mark_props.vanish;
  runs.text(label.text, label_props);
}

// The model paragraph of one segment. `may_be_rule`: the paragraph was not
// cut by a page break, so an empty bordered one is a rule.
Paragraph build_paragraph(Segment& seg, const Levels& l, const TextStyle& mark, bool may_be_rule,
                          ReaderContext& ctx, const PartContext& part) {
  Paragraph para;
  set_role(para, l);
  para.runs = std::move(seg.runs);
  const bool empty = para.runs.empty();
  const bool bordered = l.props.border_top || l.props.border_bottom;
  const bool rule = empty && bordered && may_be_rule;
  // An empty paragraph keeps its mark's size in an empty run: its line is
  // as high as Word makes it.
  if (empty && !rule) para.runs.push_back({"", mark, nullptr});
  ParagraphMetrics m =
      rule ? rule_metrics(mark, ctx.line_unit_twips) : metrics_of(para, ctx.line_unit_twips);
  apply_paragraph_format(para, l.props, m, *ctx.warnings, part.name);
  for (const FloatingPlacement& f : seg.floating) place_floating(para, f, m.em_pt, ctx, part);
  if (rule) {
    make_rule(para, l.props, mark);
  } else if (bordered || l.props.border_sides.value_or(false) || l.props.shaded.value_or(false)) {
    ctx.warnings->note(part.margin ? DocxLoss::MarginRule : DocxLoss::ParagraphBorder, part.name);
  }
  return para;
}

}  // namespace

void join_contextual(Paragraph& prev_para, const ReadParagraph& prev, ReadParagraph& next) {
  if (prev.style != next.style) return;
  if (prev.props.contextual.value_or(false)) prev_para.space_after_pt = 0;
  if (!next.props.contextual.value_or(false)) return;
  for (Block& b : next.blocks) {
    if (auto* p = std::get_if<Paragraph>(&b)) {
      p->space_before_pt = 0;
      return;
    }
  }
}

void settle_rule_below_text(const Paragraph& prev, ReadParagraph& next) {
  if (prev.rule || next.blocks.empty()) return;
  auto* rule = std::get_if<Paragraph>(&next.blocks.front());
  if (rule == nullptr || !rule->rule) return;
  double size = 0;
  for (const Run& run : prev.runs) size = std::max(size, run.style.size_pt);
  const double half_leading = std::max(0.0, (prev.line_spacing - 1) * size / 2);
  rule->space_before_pt = std::max(0.0, rule->space_before_pt - half_leading);
}

void PreviousParagraph::place(ReadParagraph& p, std::vector<Block>& blocks) {
  if (index_ < blocks.size() && index_ + 1 == blocks.size()) {
    if (auto* prev = std::get_if<Paragraph>(&blocks[index_])) {
      join_contextual(*prev, last_, p);
      settle_rule_below_text(*prev, p);
    }
  }
  index_ = kNone;
  for (Block& b : p.blocks) {
    if (std::holds_alternative<Paragraph>(b)) index_ = blocks.size();
    blocks.push_back(std::move(b));
  }
  if (index_ + 1 != blocks.size()) index_ = kNone;  // a page break came last
  p.blocks.clear();
  last_ = std::move(p);
}

ReadParagraph ParagraphReader::read(const pugi::xml_node& p, const ResolvedStyle* table_style) {
  ReadParagraph out;
  Levels l = resolve_levels(p, ctx_, table_style);
  out.props = l.props;
  out.style = l.style;
  out.section = child(child(p, "pPr"), "sectPr");
  RunCollector runs(ctx_, part_);
  InlineReader inline_reader(ctx_, part_, fields_, runs, l.base);
  const RunProps mark_props = inline_reader.resolve(l.props.mark);
  const TextStyle mark = text_style(mark_props, "", ctx_.theme, *ctx_.warnings);
  out.mark_size_pt = mark.size_pt;
  if (l.list != nullptr) add_list_label(l, mark_props, runs, ctx_, part_);
  inline_reader.read(p);
  const bool broken = runs.broken();
  std::vector<Segment> segments = runs.take();
  // A framed header/footer paragraph (Word's page-number frame) is placed
  // by the header/footer reader from its w:xAlign.
  if (l.props.framed.value_or(false) && !part_.margin) {
    ctx_.warnings->note(DocxLoss::TextFrame, part_.name);
  }
  const bool break_before = l.props.page_break_before.value_or(false) && !part_.margin;
  if (break_before) out.blocks.push_back(PageBreak{});
  bool printed = false;
  for (size_t s = 0; s < segments.size(); ++s) {
    if (s > 0) out.blocks.push_back(PageBreak{});
    // The pieces of a paragraph cut by a page break are kept only when
    // they hold something; an unbroken paragraph always is.
    if (segments[s].runs.empty() && broken) continue;
    Paragraph para = build_paragraph(segments[s], l, mark, !broken, ctx_, part_);
    printed = printed || prints(para);
    out.blocks.push_back(std::move(para));
  }
  out.blank = !printed && !broken && !break_before;
  return out;
}

}  // namespace formwork
