#include "xlsx/formula_functions.h"

#include <algorithm>
#include <map>

namespace formwork {
namespace {

using Table = std::map<std::string_view, const FormulaFunction*>;

const Table& table() {
  static const Table t = [] {
    Table out;
    for (auto family :
         {math_functions(), logical_functions(), lookup_functions(), text_functions()}) {
      for (const FormulaFunction& f : family) out.emplace(f.name, &f);
    }
    return out;
  }();
  return t;
}

}  // namespace

bool FunctionArgs::given(size_t i) const {
  return i < nodes_.size() && nodes_[i].kind != FormulaNode::Kind::Missing;
}

Operand FunctionArgs::operand(size_t i) {
  if (i >= nodes_.size()) return Scalar(Blank{});
  return ev_.operand(nodes_[i]);
}

const FormulaFunction* find_function(std::string_view name) {
  const auto it = table().find(name);
  return it == table().end() ? nullptr : it->second;
}

std::string supported_function_names() {
  std::string out;
  for (const auto& [name, f] : table()) {
    if (!out.empty()) out += ", ";
    out.append(name);
  }
  return out;
}

}  // namespace formwork
