#include "docx/body_reader.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <variant>
#include <vector>

#include "docx/paragraph_reader.h"
#include "docx/reader_xml.h"
#include "docx/section_reader.h"
#include "docx/table_reader.h"

namespace formwork {

namespace {

using docx_read::child;
using docx_read::is;
using docx_read::local_name;

constexpr double kMmPerTwip = 25.4 / 1440;
// Empty paragraphs this small are spacers (the DOCX writer's after tables
// and around page breaks, or a Word user's trick), not lines.
constexpr double kSpacerSizePt = 1.5;

// The block-level elements of `node` in order, through content controls
// and custom XML.
void flatten(const pugi::xml_node& node, std::vector<pugi::xml_node>& out) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view n = local_name(c);
    if (n == "p" || n == "tbl" || n == "altChunk") {
      out.push_back(c);
    } else if (n == "sdt") {
      flatten(child(c, "sdtContent"), out);
    } else if (n == "customXml") {
      flatten(c, out);
    }
  }
}

pugi::xml_node section_of(const pugi::xml_node& p) {
  return is(p, "p") ? child(child(p, "pPr"), "sectPr") : pugi::xml_node();
}

// How much of a section's text follows the document grid in Word.
struct GridVotes {
  double follows = 0;
  double ignores = 0;
};

size_t text_length(const std::vector<Block>& blocks) {
  size_t n = 0;
  for (const Block& b : blocks) {
    if (const auto* p = std::get_if<Paragraph>(&b)) n += p->text().size();
  }
  return n;
}

void vote(GridVotes& votes, const ReadParagraph& p, double pitch_twips) {
  const double weight = 1.0 + static_cast<double>(text_length(p.blocks));
  bool follows = p.props.snap_to_grid.value_or(true);
  if (p.props.line && p.props.line->kind == LineRule::Kind::Exact && pitch_twips > 0) {
    // Exact lines ignore the grid in Word; in whole pitches they agree.
    const double pitches = p.props.line->value / pitch_twips;
    follows = std::abs(pitches - std::round(pitches)) < 0.02 && std::round(pitches) >= 1;
  }
  (follows ? votes.follows : votes.ignores) += weight;
}

// The normal (default paragraph style) font size: the size the character
// grid's w:charSpace is added to.
double normal_size_pt(const StyleSheet& styles) {
  RunProps run = styles.run_defaults();
  run.overlay(styles.paragraph_style("").run);
  return run.size_pt.value_or(10);
}

// PageBreaks at the start or end of a section's blocks add nothing: the
// section starts a page (the last section's trailing ones: an empty page).
void trim_page_breaks(std::vector<Block>& blocks) {
  while (!blocks.empty() && std::holds_alternative<PageBreak>(blocks.back())) {
    blocks.pop_back();
  }
  auto first = std::find_if(blocks.begin(), blocks.end(),
                            [](const Block& b) { return !std::holds_alternative<PageBreak>(b); });
  blocks.erase(blocks.begin(), first);
}

// One section being assembled.
struct Section {
  SectionSetup setup;
  PageSetup page;
  std::vector<Block> blocks;
};

// The margin line of reference `type` ("default", "first", "even") in
// `refs`, read from its part; nullptr when there is none.
const MarginLine* margin_line(const std::map<std::string, std::string>& refs,
                              const std::string& type, const Relationships& rels,
                              HeaderFooterReader& margins) {
  auto ref = refs.find(type);
  if (ref == refs.end()) return nullptr;
  auto rel = rels.find(ref->second);
  if (rel == rels.end() || rel->second.external) return nullptr;
  return &margins.read(rel->second.target);
}

// Gap in mm between the text block and the near edge of a line `size_pt`
// high whose far edge is `distance_twips` from the page edge.
double margin_gap_mm(double margin_mm, double distance_twips, double size_pt) {
  return std::max(0.0, margin_mm - (distance_twips + size_pt * 20) * kMmPerTwip);
}

struct MarginInputs {
  const std::map<std::string, std::string>& refs;
  const Relationships& rels;
  bool title_page = false;
  bool first_section = false;
  bool even_and_odd = false;
  double margin_mm = 0;
  double distance_twips = 0;
};

MarginText compose_margin(const MarginInputs& in, HeaderFooterReader& margins,
                          ReaderWarnings& warnings, const std::string& part) {
  const MarginLine* def = margin_line(in.refs, "default", in.rels, margins);
  MarginText text = def != nullptr && !def->empty ? def->text : MarginText{};
  if (!text.empty())
    text.distance_mm = margin_gap_mm(in.margin_mm, in.distance_twips, text.size_pt);
  if (in.title_page) {
    const MarginLine* first = margin_line(in.refs, "first", in.rels, margins);
    const bool blank = first == nullptr || first->empty;
    if (blank && in.first_section) {
      text.skip_first_page = !text.empty();
    } else if (blank ? !text.empty() : first->text.pattern != text.pattern) {
      warnings.note(DocxLoss::FirstPageMargin, part);
    }
  }
  if (in.even_and_odd) {
    const MarginLine* even = margin_line(in.refs, "even", in.rels, margins);
    const MarginText even_text = even != nullptr && !even->empty ? even->text : MarginText{};
    if (even_text.pattern == text.pattern && !text.empty() &&
        text.align == MarginTextAlign::Right && even_text.align == MarginTextAlign::Left) {
      text.align = MarginTextAlign::Outside;
    } else if (even_text.pattern != text.pattern || even_text.align != text.align) {
      warnings.note(DocxLoss::EvenPageMargin, part);
    }
  }
  return text;
}

// w:pgNumType: numberInDash ("- 3 -") goes into the pattern; restarts
// (other than at 1 on the first section) and other formats are warned.
void apply_page_numbering(Section& s, bool first_section, ReaderWarnings& warnings,
                          const std::string& part) {
  const std::string& fmt = s.setup.page_format;
  const bool restarts = s.setup.page_start != 0 && (!first_section || s.setup.page_start != 1);
  const bool numbered = !s.page.header.empty() || !s.page.footer.empty();
  if (fmt == "numberInDash") {
    for (MarginText* t : {&s.page.header, &s.page.footer}) {
      for (size_t at = 0; (at = t->pattern.find("{page}", at)) != std::string::npos; at += 10) {
        t->pattern.replace(at, 6, "- {page} -");
      }
    }
  }
  const bool other_format = !fmt.empty() && fmt != "decimal" && fmt != "numberInDash";
  if (numbered && (restarts || other_format)) warnings.note(DocxLoss::PageNumbering, part);
}

// What reads a section's blocks.
struct BlockReaders {
  ParagraphReader& paragraphs;
  TableReader& tables;
  ReaderContext& ctx;
  const PartContext& part;
};

// Reads items [begin, stop) into s.blocks, spacers left out (see
// BodyReader::read); returns whether most of the text follows the grid.
bool read_blocks(const std::vector<pugi::xml_node>& items, size_t begin, size_t stop,
                 BlockReaders& r, Section& s) {
  r.ctx.text_width_mm = s.page.text_width_mm();
  r.ctx.margin_left_mm = s.page.margin_left_mm;
  r.ctx.line_unit_twips =
      s.setup.grid_type.empty() || s.setup.line_pitch_twips <= 0 ? 240 : s.setup.line_pitch_twips;
  GridVotes votes;
  PreviousParagraph previous;
  bool after_table = false;
  for (size_t i = begin; i < stop; ++i) {
    const pugi::xml_node& item = items[i];
    if (is(item, "tbl")) {
      previous.forget();
      if (std::optional<Table> t = r.tables.read(item)) {
        s.blocks.emplace_back(std::in_place_type<Table>, std::move(*t));
      }
      after_table = true;
      continue;
    }
    if (is(item, "altChunk")) {
      r.ctx.warnings->note(DocxLoss::AltChunk, r.part.name);
      continue;
    }
    ReadParagraph p = r.paragraphs.read(item);
    const bool spacer =
        p.blank && (p.section || p.mark_size_pt <= kSpacerSizePt || (after_table && i + 1 == stop));
    after_table = false;
    if (spacer) continue;
    vote(votes, p, s.setup.line_pitch_twips);
    previous.place(p, s.blocks);
  }
  return votes.follows >= votes.ignores;
}

void drop_trailing_page_breaks(std::vector<Block>& blocks) {
  while (!blocks.empty() && std::holds_alternative<PageBreak>(blocks.back())) blocks.pop_back();
}

// The sections' blocks in order, a SectionBreak before each later section
// (a continuous one of the same page setup joins the one before).
void assemble(std::vector<Section>& sections, Document& doc, ReaderWarnings& warnings,
              const std::string& part) {
  doc.page = sections.front().page;
  for (size_t i = 0; i < sections.size(); ++i) {
    Section& s = sections[i];
    // A section's w:type says how it starts (§17.6.22).
    const bool continuous = s.setup.type == "continuous";
    if (i > 0 && continuous && same_page(sections[i - 1].page, s.page)) {
      for (Block& b : s.blocks) doc.blocks.push_back(std::move(b));
      continue;
    }
    trim_page_breaks(s.blocks);
    if (i > 0) {
      if (continuous) warnings.note(DocxLoss::ContinuousSection, part);
      drop_trailing_page_breaks(doc.blocks);
      doc.blocks.push_back(SectionBreak{s.page, ""});
    }
    for (Block& b : s.blocks) doc.blocks.push_back(std::move(b));
  }
  drop_trailing_page_breaks(doc.blocks);
}

}  // namespace

void BodyReader::read(const pugi::xml_node& body, Document& doc) {
  std::vector<pugi::xml_node> items;
  flatten(body, items);
  const double normal_pt = normal_size_pt(*ctx_.styles);
  ParagraphReader paragraphs(ctx_, part_);
  TableReader tables(ctx_, part_, paragraphs);
  BlockReaders readers{paragraphs, tables, ctx_, part_};
  std::vector<Section> sections;
  std::map<std::string, std::string> header_refs, footer_refs;  // inherited (§17.10.5)
  size_t next = 0;
  while (next < items.size() || sections.empty()) {
    // The section runs to the paragraph holding its w:sectPr, or to the end.
    size_t end = next;
    while (end < items.size() && !section_of(items[end])) ++end;
    const bool last = end >= items.size();
    Section s;
    s.setup = read_section(last ? child(body, "sectPr") : section_of(items[end]), *ctx_.warnings,
                           part_.name);
    s.page = s.setup.page;
    const size_t stop = last ? items.size() : end + 1;
    if (read_blocks(items, next, stop, readers, s)) s.page = with_grid(s.page, s.setup, normal_pt);
    for (const auto& [type, id] : s.setup.headers) header_refs[type] = id;
    for (const auto& [type, id] : s.setup.footers) footer_refs[type] = id;
    const bool first = sections.empty();
    s.page.header = compose_margin({header_refs, part_.rels, s.setup.title_page, first,
                                    even_and_odd_, s.page.margin_top_mm, s.setup.header_twips},
                                   margins_, *ctx_.warnings, part_.name);
    s.page.footer = compose_margin({footer_refs, part_.rels, s.setup.title_page, first,
                                    even_and_odd_, s.page.margin_bottom_mm, s.setup.footer_twips},
                                   margins_, *ctx_.warnings, part_.name);
    apply_page_numbering(s, first, *ctx_.warnings, part_.name);
    sections.push_back(std::move(s));
    next = stop;
  }
  assemble(sections, doc, *ctx_.warnings, part_.name);
}

}  // namespace formwork
