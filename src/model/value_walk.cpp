#include "model/value_walk.h"

#include <vector>

namespace formwork {

void append_pointer_token(std::string& pointer, std::string_view token) {
  pointer += '/';
  for (char c : token) {
    if (c == '~' || c == '/') {
      pointer += '~';
      pointer += c == '~' ? '0' : '1';
    } else {
      pointer += c;
    }
  }
}

void walk_values(const Value& root, const std::function<void(const WalkedValue&)>& visit) {
  struct Pending {
    std::string pointer;
    const std::string* name;
    const Value* value;
  };
  std::vector<Pending> stack{{"", nullptr, &root}};
  while (!stack.empty()) {
    Pending top = std::move(stack.back());
    stack.pop_back();
    visit(WalkedValue{top.pointer, top.name, *top.value});
    // Children are pushed in reverse so they are visited in order.
    if (top.value->is_object()) {
      const auto& members = top.value->as_object().members;
      for (auto it = members.rbegin(); it != members.rend(); ++it) {
        std::string p = top.pointer;
        append_pointer_token(p, it->first);
        stack.push_back({std::move(p), &it->first, &it->second});
      }
    } else if (top.value->is_array()) {
      const Array& items = top.value->as_array();
      for (size_t i = items.size(); i-- > 0;) {
        stack.push_back({top.pointer + "/" + std::to_string(i), nullptr, &items[i]});
      }
    }
  }
}

}  // namespace formwork
