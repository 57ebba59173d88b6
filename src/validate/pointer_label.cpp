#include "validate/pointer_label.h"

#include <vector>

namespace formwork {

namespace {

using nlohmann::json;

/// RFC 6901 §4: the unescaped reference tokens of a pointer.
std::vector<std::string> split_pointer(const std::string& pointer) {
  std::vector<std::string> tokens;
  size_t i = 1;
  while (i <= pointer.size() && !pointer.empty()) {
    const size_t end = std::min(pointer.find('/', i), pointer.size());
    std::string t = pointer.substr(i, end - i);
    for (size_t p = 0; (p = t.find('~', p)) != std::string::npos; ++p) {
      if (p + 1 < t.size()) t.replace(p, 2, t[p + 1] == '1' ? "/" : "~");
    }
    tokens.push_back(std::move(t));
    i = end + 1;
  }
  return tokens;
}

bool is_index(const std::string& t) {
  return !t.empty() && t.size() < 10 && t.find_first_not_of("0123456789") == std::string::npos;
}

/// Follows a local "$ref" ("#/definitions/X", "#/$defs/X"), a few levels
/// deep at most (a cycle of references must not loop).
const json* resolve(const json* node, const json& root) {
  for (int depth = 0; node && node->is_object() && node->contains("$ref") && depth < 8; ++depth) {
    const json& ref = (*node)["$ref"];
    if (!ref.is_string() || ref.get_ref<const std::string&>().rfind("#", 0) != 0) return nullptr;
    try {
      node = &root.at(json::json_pointer(ref.get<std::string>().substr(1)));
    } catch (const json::exception&) {
      return nullptr;
    }
  }
  return node && node->is_object() ? node : nullptr;
}

/// The subschema for member or element `token` of `node`, or null.
const json* child(const json* node, const std::string& token, const json& root) {
  if (!node) return nullptr;
  if (auto p = node->find("properties"); p != node->end() && p->is_object() && p->contains(token)) {
    return resolve(&(*p)[token], root);
  }
  if (auto it = node->find("items"); it != node->end() && it->is_object() && is_index(token)) {
    return resolve(&*it, root);
  }
  if (auto a = node->find("additionalProperties"); a != node->end() && a->is_object()) {
    return resolve(&*a, root);
  }
  return nullptr;
}

}  // namespace

std::string pointer_label(const std::string& pointer, const json& schema) {
  if (pointer.empty() || pointer == "/") return "/";
  const std::vector<std::string> tokens = split_pointer(pointer);
  std::vector<std::string> parts;
  const json* node = resolve(&schema, schema);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (is_index(tokens[i])) {
      const std::string list = i == 0 ? "list" : tokens[i - 1];
      parts.push_back(list + " row " + std::to_string(std::stoul(tokens[i]) + 1));
    }
    node = child(node, tokens[i], schema);
  }
  if (node && node->contains("title") && (*node)["title"].is_string()) {
    const std::string title = (*node)["title"].get<std::string>();
    if (!title.empty() && title != tokens.back()) parts.push_back(title);
  }
  if (parts.empty()) return pointer;
  std::string label = pointer + " (";
  for (size_t i = 0; i < parts.size(); ++i) label += (i ? ", " : "") + parts[i];
  return label + ")";
}

}  // namespace formwork
