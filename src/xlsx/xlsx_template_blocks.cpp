#include "xlsx/xlsx_template_blocks.h"

#include <algorithm>

namespace formwork {

namespace {

const char* closing_of(TagKind kind) { return kind == TagKind::Each ? "{{/each}}" : "{{/if}}"; }

class BlockBuilder {
 public:
  explicit BlockBuilder(TemplateSheet& sheet) : s_(sheet) {}

  void run() {
    for (const TemplateRow& row : s_.rows) {
      for (const TemplateCell& cell : row.cells) {
        for (size_t tag : cell.block_tags) take(tag, row);
      }
    }
    if (!open_.empty()) {
      const Tag& tag = s_.tags[s_.blocks[static_cast<size_t>(open_.back())].tag];
      fail_at(tag.site, std::string(" has no ") + closing_of(tag.kind));
    }
    finish();
  }

 private:
  std::vector<int>& siblings() {
    return open_.empty() ? s_.top_blocks : s_.blocks[static_cast<size_t>(open_.back())].children;
  }

  void take(size_t index, const TemplateRow& row) {
    const Tag& tag = s_.tags[index];
    switch (tag.kind) {
      case TagKind::Each:
      case TagKind::If:
        return open(index, row.r);
      case TagKind::Else:
        return divide(tag, row);
      default:
        return close(tag, row.r);
    }
  }

  void open(size_t index, int r) {
    std::vector<int>& before = siblings();
    if (!before.empty() && s_.blocks[static_cast<size_t>(before.back())].close >= r) {
      fail_at(s_.tags[index].site,
              " stands in the row where the block before it ends; blocks of rows may not share "
              "a row");
    }
    RowBlock b;
    b.tag = index;
    b.open = r;
    b.parent = open_.empty() ? -1 : open_.back();
    s_.blocks.push_back(b);
    open_.push_back(static_cast<int>(s_.blocks.size() - 1));
  }

  void divide(const Tag& tag, const TemplateRow& row) {
    if (open_.empty() || s_.tags[current().tag].kind != TagKind::If) {
      fail_at(tag.site, " stands outside {{#if}}");
    }
    if (current().else_row != 0) fail_at(tag.site, " is given twice in one {{#if}}");
    size_t tags_in_row = 0;
    for (const TemplateCell& c : row.cells) {
      tags_in_row += c.block_tags.size();
      for (const CellTextPiece& p : c.pieces) tags_in_row += p.tag ? 1 : 0;
    }
    if (tags_in_row != 1 || row.r == current().open) {
      fail_at(tag.site, " must stand in a row of its own (that row is dropped)");
    }
    if (!current().children.empty() &&
        s_.blocks[static_cast<size_t>(current().children.back())].close >= row.r) {
      fail_at(tag.site, " must stand in a row of its own (that row is dropped)");
    }
    current().else_row = row.r;
  }

  void close(const Tag& tag, int r) {
    const TagKind wanted = tag.kind == TagKind::EndEach ? TagKind::Each : TagKind::If;
    if (open_.empty()) {
      fail_at(tag.site, std::string(" has no ") +
                            (wanted == TagKind::Each ? "{{#each}}" : "{{#if}}") + " before it");
    }
    const Tag& opening = s_.tags[current().tag];
    if (opening.kind != wanted) {
      fail_at(tag.site, " closes " + opening.site.text + " (" + opening.site.cell +
                            "), which needs " + closing_of(opening.kind));
    }
    current().close = r;
    const int done = open_.back();
    open_.pop_back();
    siblings().push_back(done);
  }

  RowBlock& current() { return s_.blocks[static_cast<size_t>(open_.back())]; }

  // The last row any top-level block reaches, and each row's innermost
  // block (parents are made before their children, so children win).
  void finish() {
    for (int b : s_.top_blocks)
      s_.limit = std::max(s_.limit, s_.blocks[static_cast<size_t>(b)].close);
    s_.row_block.assign(static_cast<size_t>(s_.limit) + 1, -1);
    for (size_t b = 0; b < s_.blocks.size(); ++b) {
      for (int r = s_.blocks[b].open; r <= s_.blocks[b].close; ++r)
        s_.row_block[static_cast<size_t>(r)] = static_cast<int>(b);
    }
  }

  TemplateSheet& s_;
  std::vector<int> open_;
};

}  // namespace

void build_row_blocks(TemplateSheet& sheet) { BlockBuilder(sheet).run(); }

}  // namespace formwork
