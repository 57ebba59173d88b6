#pragma once
// Where the rows of an XLSX template's worksheet went once its blocks were
// expanded for one record (xlsx_template.h): each template row has zero or
// more instances in the filled sheet, each made in one "copy path" (which
// copy of each enclosing {{#each}} or kept {{#if}} block it belongs to).
// References, merged ranges and the other areas of the sheet are moved
// through this map.
#include <optional>
#include <utility>
#include <vector>

namespace formwork {

/// The row map of one filled worksheet. Rows are 1-based; blocks are
/// numbered by the template (XlsxTemplateParts); path 0 is the top level.
class RowMap {
 public:
  /// `limit`: rows 1..limit are placed one by one (place()); rows below it
  /// keep their order and move by one common offset (finish()).
  /// `row_block[t]` is the innermost block holding template row t (-1:
  /// none), for t in 1..limit; `block_parent[b]` the block enclosing b (-1).
  RowMap(int limit, std::vector<int> row_block, std::vector<int> block_parent);

  /// A new copy path: `parent`'s copies plus copy `copy` of `block`.
  int add_path(int parent, int block, int copy);
  /// Records that template row t (≤ limit) is output row `out` in `path`.
  void place(int t, int path, int out);
  /// Ends placing: `out_rows` output rows were made for rows 1..limit.
  void finish(int out_rows) { tail_offset_ = out_rows - limit_; }

  /// The output row of template row t (> limit).
  int tail_row(int t) const { return t + tail_offset_; }
  int limit() const { return limit_; }

  /// The first and last output rows holding template rows t1..t2 (t1 ≤ t2)
  /// seen from copy path `context`: only instances made in the same copy
  /// of every block that encloses both the row and the context count (a
  /// reference within a repeated row stays in its copy). nullopt when no
  /// row of t1..t2 has such an instance (all dropped).
  std::optional<std::pair<int, int>> rows(int t1, int t2, int context) const;

  /// Where an area spanning template rows t1..t2 goes: once per copy of
  /// the innermost block enclosing both rows (a merge inside a repeated
  /// row repeats with it), as rows(t1, t2, copy) each; once, from the top
  /// level, when no block encloses both. Areas dropped entirely are left out.
  std::vector<std::pair<int, int>> copies(int t1, int t2) const;

 private:
  struct Instance {
    int out = 0;
    int path = 0;
  };
  using Path = std::vector<std::pair<int, int>>;  // (block, copy), outermost first

  bool consistent(int path, int context) const;
  std::optional<int> first(int t, int context) const;
  std::optional<int> last(int t, int context) const;
  int common_block(int t1, int t2) const;

  int limit_;
  int tail_offset_ = 0;
  std::vector<int> row_block_;
  std::vector<int> block_parent_;
  std::vector<std::vector<Instance>> instances_;  // by template row
  std::vector<Path> paths_;
  std::vector<std::vector<int>> block_copies_;  // by block: its copy paths
};

}  // namespace formwork
