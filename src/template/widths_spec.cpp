#include "template/widths_spec.h"

#include <charconv>

#include "util/utf8.h"

namespace formwork {

namespace {

constexpr size_t kMaxColumns = 1000;

}  // namespace

std::vector<std::string> split_widths(std::string_view attribute) {
  std::vector<std::string> items;
  size_t pos = 0;
  while (true) {
    const size_t comma = attribute.find(',', pos);
    items.emplace_back(
        trim_spaces(attribute.substr(pos, comma == attribute.npos ? attribute.npos : comma - pos)));
    if (comma == attribute.npos) return items;
    pos = comma + 1;
  }
}

std::optional<ColumnWidthsSpec> column_widths_spec(const std::vector<std::string>& items) {
  if (items.empty() || items.size() > kMaxColumns) return std::nullopt;
  ColumnWidthsSpec out;
  bool any_fixed = false, any_relative = false, any_auto = false;
  for (const std::string& raw : items) {
    std::string_view item = trim_spaces(raw);
    const bool automatic = item == "auto";
    out.automatic.push_back(automatic);
    if (automatic) {  // a weight of 1 for writers that ignore column_auto
      out.weights.push_back(1);
      out.mm.push_back(0);
      any_auto = true;
      continue;
    }
    const bool fixed = item.ends_with("mm");
    if (fixed) item.remove_suffix(2);
    double w = 0;
    auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), w);
    if (item.empty() || ec != std::errc() || end != item.data() + item.size() || !(w > 0) ||
        w > 1e6)
      return std::nullopt;
    out.weights.push_back(fixed ? 0 : w);
    out.mm.push_back(fixed ? w : 0);
    (fixed ? any_fixed : any_relative) = true;
  }
  // A weight says how a column shares the width, "auto" that its content
  // does: one table takes one of the two.
  if (any_auto && any_relative) return std::nullopt;
  if (!any_auto) out.automatic.clear();
  if (!any_fixed) out.mm.clear();
  if (!any_relative && !any_auto) out.weights = out.mm;
  return out;
}

}  // namespace formwork
