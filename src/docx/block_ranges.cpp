#include "docx/block_ranges.h"

#include <set>
#include <string>
#include <string_view>

#include "docx/row_merge.h"
#include "docx/template_marks.h"

namespace formwork {

namespace {

// The element a range is made of for one tag: a table row or an element of
// the story (paragraph, table, block content control).
struct Unit {
  pugi::xml_node node;
  bool row = false;
};

struct Range {
  const PlacedTag* open = nullptr;
  const PlacedTag* divide = nullptr;  // {{else}}
  const PlacedTag* close = nullptr;
  Unit first, separator, last;
};

class RangeBuilder {
 public:
  RangeBuilder(pugi::xml_node story, const std::vector<Tag>& tags) : story_(story), tags_(tags) {}

  void match(const std::vector<PlacedTag>& placed);
  void locate();
  void wrap();
  void remove_block_tags(const std::vector<PlacedTag>& placed);

 private:
  const Tag& tag(const PlacedTag* p) const { return tags_[p->index]; }
  // " (paragraph 12)" after a tag named in another tag's message.
  std::string elsewhere(const PlacedTag* p) const {
    return tag(p).site.text + " (paragraph " + std::to_string(tag(p).site.paragraph) + ")";
  }
  void open_range(const PlacedTag& p);
  void divide_range(const PlacedTag& p);
  void close_range(const PlacedTag& p);
  Unit unit_of(const PlacedTag* p) const;
  void check_separator(const Range& r) const;

  pugi::xml_node story_;
  const std::vector<Tag>& tags_;
  std::vector<Range> ranges_;  // in the order of their opening tags: outer before inner
  std::vector<std::size_t> open_;
};

void RangeBuilder::open_range(const PlacedTag& p) {
  Range r;
  r.open = &p;
  ranges_.push_back(r);
  open_.push_back(ranges_.size() - 1);
}

void RangeBuilder::divide_range(const PlacedTag& p) {
  if (open_.empty()) fail_at(tag(&p).site, " is not inside an {{#if}}");
  Range& r = ranges_[open_.back()];
  if (tag(r.open).kind != TagKind::If)
    fail_at(tag(&p).site, " is inside " + elsewhere(r.open) + "; {{else}} belongs to {{#if}}");
  if (r.divide) fail_at(tag(&p).site, " is the second {{else}} of " + elsewhere(r.open));
  r.divide = &p;
}

void RangeBuilder::close_range(const PlacedTag& p) {
  const bool each = tag(&p).kind == TagKind::EndEach;
  if (open_.empty())
    fail_at(tag(&p).site, each ? " has no {{#each}} before it" : " has no {{#if}} before it");
  Range& r = ranges_[open_.back()];
  if ((tag(r.open).kind == TagKind::Each) != each)
    fail_at(tag(&p).site, " does not close " + elsewhere(r.open) + ", which needs " +
                              (each ? "{{/if}}" : "{{/each}}") + " first");
  r.close = &p;
  open_.pop_back();
}

void RangeBuilder::match(const std::vector<PlacedTag>& placed) {
  for (const PlacedTag& p : placed) {
    TagKind kind = tag(&p).kind;
    if (!is_block(kind)) continue;
    if (p.in_text_box)
      fail_at(tag(&p).site, ": block tags cannot be used in text boxes; move it to the text");
    if (kind == TagKind::Each || kind == TagKind::If) {
      open_range(p);
    } else if (kind == TagKind::Else) {
      divide_range(p);
    } else {
      close_range(p);
    }
  }
  if (open_.empty()) return;
  const PlacedTag* unclosed = ranges_[open_.back()].open;
  fail_at(tag(unclosed).site,
          tag(unclosed).kind == TagKind::Each ? " has no {{/each}}" : " has no {{/if}}");
}

Unit RangeBuilder::unit_of(const PlacedTag* p) const {
  for (pugi::xml_node n = p->p.parent(); n && n != story_; n = n.parent()) {
    if (std::string_view(n.name()) == "w:tr") return {n, true};
  }
  pugi::xml_node n = p->p;
  while (n.parent() && n.parent() != story_) n = n.parent();
  if (!n.parent()) fail_at(tag(p).site, ": the paragraph is outside the document's text");
  return {n, false};
}

// Position of `node` among the siblings from `from`, or -1 when it is not
// among them.
long position_after(pugi::xml_node from, pugi::xml_node node) {
  long i = 0;
  for (pugi::xml_node n = from; n; n = n.next_sibling(), ++i) {
    if (n == node) return i;
  }
  return -1;
}

bool is_blank_text(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

void RangeBuilder::check_separator(const Range& r) const {
  const TagSite& site = tag(r.divide).site;
  const char* what = r.separator.row ? "row" : "paragraph";
  const long at = position_after(r.first.node, r.separator.node);
  const long end = position_after(r.first.node, r.last.node);
  if (r.separator.row != r.first.row || at <= 0 || at >= end) {
    fail_at(site, std::string(" must be in a ") + what + " of its own between " +
                      elsewhere(r.open) + " and " + elsewhere(r.close));
  }
  // The separator is dropped: anything else in it would vanish unseen.
  for (pugi::xpath_node x : r.separator.node.select_nodes(".//w:t")) {
    if (x.node() != r.divide->t && !is_blank_text(x.node().child_value()))
      fail_at(site, std::string(": the ") + what +
                        " holding {{else}} is left out of the document, so it may hold nothing "
                        "else, but it holds '" +
                        x.node().child_value() + "'");
  }
}

void RangeBuilder::locate() {
  for (Range& r : ranges_) {
    r.first = unit_of(r.open);
    r.last = unit_of(r.close);
    const TagSite& close = tag(r.close).site;
    if (r.first.row != r.last.row) {
      fail_at(close, std::string(r.last.row ? " is in a table row, but "
                                            : " is not in a table row, but ") +
                         elsewhere(r.open) + (r.last.row ? " is not" : " is") +
                         ": put both in rows of the same table, or both outside tables");
    }
    if (r.first.node.parent() != r.last.node.parent() ||
        position_after(r.first.node, r.last.node) < 0) {
      fail_at(close, " is not in the same table as " + elsewhere(r.open) +
                         ": a range of rows must stay in one table");
    }
    if (r.divide) {
      r.separator = unit_of(r.divide);
      check_separator(r);
    }
    if (r.first.row) mark_row_range(r.first.node, r.last.node, r.open->index);
  }
}

void RangeBuilder::wrap() {
  using namespace docx_marks;
  for (const Range& r : ranges_) {
    std::vector<pugi::xml_node> nodes;
    for (pugi::xml_node n = r.first.node;; n = n.next_sibling()) {
      nodes.push_back(n);
      if (n == r.last.node) break;
    }
    const bool each = tag(r.open).kind == TagKind::Each;
    pugi::xml_node parent = r.first.node.parent();
    pugi::xml_node wrapper = parent.insert_child_before(each ? kEach : kIf, r.first.node);
    wrapper.append_attribute(kTag) = static_cast<unsigned long long>(r.open->index);
    pugi::xml_node target = each ? wrapper : wrapper.append_child(kThen);
    pugi::xml_node otherwise = each ? pugi::xml_node() : wrapper.append_child(kElse);
    for (pugi::xml_node n : nodes) {
      if (r.divide && n == r.separator.node) {
        parent.remove_child(n);
        target = otherwise;
      } else {
        target.append_move(n);
      }
    }
  }
}

bool is_blank_run(pugi::xml_node r) {
  for (pugi::xml_node c : r.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view name = c.name();
    if (name == "w:t" ? !is_blank_text(c.child_value())
                      : name != "w:rPr" && name != "w:lastRenderedPageBreak")
      return false;
  }
  return true;
}

// Nothing but white space, bookmarks and proofing marks: a paragraph that
// only held block tags.
bool is_blank_content(pugi::xml_node node) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view name = c.name();
    if (name == "w:pPr") {
      if (c.child("w:sectPr")) return false;  // a section break stays
    } else if (name == "w:r") {
      if (!is_blank_run(c)) return false;
    } else if (name == "w:hyperlink" || name == "w:ins" || name == "w:smartTag" ||
               name == "w:customXml" || name == "w:sdt" || name == "w:sdtContent") {
      if (!is_blank_content(c)) return false;
    } else if (name != "w:proofErr" && name != "w:bookmarkStart" && name != "w:bookmarkEnd" &&
               name != "w:sdtPr" && name != "w:sdtEndPr") {
      return false;
    }
  }
  return true;
}

// A cell must keep a paragraph as its last element (§17.4.66).
bool may_remove(pugi::xml_node p) {
  pugi::xml_node parent = p.parent();
  if (std::string_view(parent.name()) != "w:tc") return true;
  pugi::xml_node last;
  for (pugi::xml_node c : parent.children()) {
    if (c != p && c.type() == pugi::node_element && std::string_view(c.name()) != "w:tcPr")
      last = c;
  }
  return last && std::string_view(last.name()) == "w:p";
}

void RangeBuilder::remove_block_tags(const std::vector<PlacedTag>& placed) {
  std::vector<pugi::xml_node> paragraphs;
  std::set<const void*> seen;
  for (const PlacedTag& p : placed) {
    TagKind kind = tag(&p).kind;
    if (!is_block(kind) || kind == TagKind::Else) continue;  // {{else}} left with its separator
    pugi::xml_node run = p.t.parent();
    run.remove_child(p.t);
    if (!run.find_child([](pugi::xml_node c) {
          return c.type() == pugi::node_element && std::string_view(c.name()) != "w:rPr";
        })) {
      run.parent().remove_child(run);
    }
    if (seen.insert(p.p.internal_object()).second) paragraphs.push_back(p.p);
  }
  for (pugi::xml_node p : paragraphs) {
    if (is_blank_content(p) && may_remove(p)) p.parent().remove_child(p);
  }
}

}  // namespace

void build_ranges(pugi::xml_node story, const std::vector<Tag>& tags,
                  const std::vector<PlacedTag>& placed) {
  RangeBuilder b(story, tags);
  b.match(placed);
  b.locate();
  b.wrap();
  b.remove_block_tags(placed);
}

}  // namespace formwork
