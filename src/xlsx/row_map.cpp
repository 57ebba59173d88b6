#include "xlsx/row_map.h"

#include <algorithm>

namespace formwork {

RowMap::RowMap(int limit, std::vector<int> row_block, std::vector<int> block_parent)
    : limit_(limit),
      row_block_(std::move(row_block)),
      block_parent_(std::move(block_parent)),
      instances_(static_cast<size_t>(limit) + 1),
      paths_(1),
      block_copies_(block_parent_.size()) {}

int RowMap::add_path(int parent, int block, int copy) {
  Path p = paths_[static_cast<size_t>(parent)];
  p.emplace_back(block, copy);
  paths_.push_back(std::move(p));
  const int id = static_cast<int>(paths_.size() - 1);
  block_copies_[static_cast<size_t>(block)].push_back(id);
  return id;
}

void RowMap::place(int t, int path, int out) {
  instances_[static_cast<size_t>(t)].push_back({out, path});
}

// Paths agree on every block both went through (blocks nest, so those are
// a common prefix).
bool RowMap::consistent(int path, int context) const {
  const Path& p = paths_[static_cast<size_t>(path)];
  const Path& c = paths_[static_cast<size_t>(context)];
  for (size_t i = 0; i < p.size() && i < c.size(); ++i) {
    if (p[i].first != c[i].first) return true;
    if (p[i].second != c[i].second) return false;
  }
  return true;
}

std::optional<int> RowMap::first(int t, int context) const {
  if (t > limit_) return tail_row(t);
  for (const Instance& in : instances_[static_cast<size_t>(t)]) {
    if (consistent(in.path, context)) return in.out;
  }
  return std::nullopt;
}

std::optional<int> RowMap::last(int t, int context) const {
  if (t > limit_) return tail_row(t);
  const std::vector<Instance>& all = instances_[static_cast<size_t>(t)];
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    if (consistent(it->path, context)) return it->out;
  }
  return std::nullopt;
}

std::optional<std::pair<int, int>> RowMap::rows(int t1, int t2, int context) const {
  std::optional<int> lo, hi;
  // Rows below the limit map arithmetically: no need to walk a long range.
  for (int t = t1; t <= t2 && !lo; t = (t >= limit_ ? t2 + 1 : t + 1)) lo = first(t, context);
  if (!lo && t2 > limit_) lo = first(std::max(t1, limit_ + 1), context);
  for (int t = t2; t >= t1 && !hi; t = (t > limit_ ? std::max(limit_, t1 - 1) : t - 1)) {
    hi = last(t, context);
  }
  if (!lo || !hi) return std::nullopt;
  return std::make_pair(*lo, *hi);
}

int RowMap::common_block(int t1, int t2) const {
  if (t1 > limit_ || t2 > limit_) return -1;
  std::vector<int> chain;
  for (int b = row_block_[static_cast<size_t>(t1)]; b >= 0;
       b = block_parent_[static_cast<size_t>(b)])
    chain.push_back(b);
  for (int b = row_block_[static_cast<size_t>(t2)]; b >= 0;
       b = block_parent_[static_cast<size_t>(b)]) {
    if (std::find(chain.begin(), chain.end(), b) != chain.end()) return b;
  }
  return -1;
}

std::vector<std::pair<int, int>> RowMap::copies(int t1, int t2) const {
  std::vector<std::pair<int, int>> out;
  const int block = common_block(t1, t2);
  if (block < 0) {
    if (auto r = rows(t1, t2, 0)) out.push_back(*r);
    return out;
  }
  for (int path : block_copies_[static_cast<size_t>(block)]) {
    if (auto r = rows(t1, t2, path)) out.push_back(*r);
  }
  return out;
}

}  // namespace formwork
