#include "validate/decimals_rule.h"

#include <regex>
#include <stdexcept>

#include "validate/json_pointer.h"

namespace formwork {
namespace {

using json = nlohmann::json;

// "$ref" chains that do not descend into the value (a → b → a) stop here.
constexpr int kMaxRefHops = 32;

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// URI fragments may percent-encode non-ASCII names ("#/definitions/%E9%87%91").
std::string percent_decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_digit(s[i + 1]) >= 0 && hex_digit(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_digit(s[i + 1]) * 16 + hex_digit(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

int decimals_of(const Decimal& d) {
  const std::string text = d.to_string();
  const std::size_t point = text.find('.');
  return point == std::string::npos ? 0 : static_cast<int>(text.size() - point - 1);
}

bool regex_matches(const std::string& pattern, const std::string& text) {
  try {
    return std::regex_search(text, std::regex(pattern, std::regex::ECMAScript));
  } catch (const std::regex_error&) {
    return false;  // valijson reports unusable patterns itself
  }
}

class DecimalsWalker {
 public:
  DecimalsWalker(const json& root, std::vector<Violation>& out) : root_(root), out_(out) {}

  void walk(const json& schema, const Value& value, const std::string& pointer, int hops) {
    if (!schema.is_object()) return;
    if (auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
      follow_ref(ref->get<std::string>(), value, pointer, hops);
      return;  // draft-07: keywords beside $ref are ignored
    }
    if (auto n = schema.find("x-decimals"); n != schema.end() && value.is_number()) {
      check_number(n->get<int>(), value.as_number(), pointer);
    }
    if (auto all = schema.find("allOf"); all != schema.end() && all->is_array()) {
      for (const json& sub : *all) walk(sub, value, pointer, hops);
    }
    if (value.is_object()) walk_members(schema, value.as_object(), pointer);
    if (value.is_array()) walk_items(schema, value.as_array(), pointer);
  }

 private:
  void follow_ref(const std::string& ref, const Value& value, const std::string& pointer,
                  int hops) {
    if (ref.empty() || ref[0] != '#' || hops >= kMaxRefHops) return;
    try {
      const json& target = root_.at(json::json_pointer(percent_decode(ref.substr(1))));
      walk(target, value, pointer, hops + 1);
    } catch (const json::exception&) {
      // Unresolvable references are rejected when the schema is loaded.
    }
  }

  void check_number(int allowed, const Decimal& d, const std::string& pointer) {
    const int decimals = decimals_of(d);
    if (decimals <= allowed) return;
    out_.push_back({pointer, d.to_string() + " has " + std::to_string(decimals) +
                                 (decimals == 1 ? " decimal" : " decimals") + ", at most " +
                                 std::to_string(allowed) + " allowed"});
  }

  void walk_members(const json& schema, const Object& object, const std::string& pointer) {
    const json* properties = member(schema, "properties");
    const json* patterns = member(schema, "patternProperties");
    const json* additional = member(schema, "additionalProperties");
    for (const auto& [key, v] : object.members) {
      const std::string child = pointer + "/" + escape_pointer_token(key);
      bool matched = false;
      if (properties != nullptr && properties->contains(key)) {
        walk(properties->at(key), v, child, 0);
        matched = true;
      }
      if (patterns != nullptr) {
        for (const auto& [pattern, sub] : patterns->items()) {
          if (!regex_matches(pattern, key)) continue;
          walk(sub, v, child, 0);
          matched = true;
        }
      }
      if (!matched && additional != nullptr) walk(*additional, v, child, 0);
    }
  }

  void walk_items(const json& schema, const Array& items, const std::string& pointer) {
    const json* item_schema = member(schema, "items");
    if (item_schema == nullptr) return;
    const json* additional = member(schema, "additionalItems");
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string child = pointer + "/" + std::to_string(i);
      if (item_schema->is_object()) {
        walk(*item_schema, items[i], child, 0);
      } else if (item_schema->is_array() && i < item_schema->size()) {
        walk((*item_schema)[i], items[i], child, 0);
      } else if (additional != nullptr) {
        walk(*additional, items[i], child, 0);
      }
    }
  }

  static const json* member(const json& schema, const char* name) {
    auto it = schema.find(name);
    return it == schema.end() ? nullptr : &*it;
  }

  const json& root_;
  std::vector<Violation>& out_;
};

bool is_schema_map(const std::string& key) {
  return key == "properties" || key == "patternProperties" || key == "definitions" ||
         key == "dependencies";
}

// Values of these keywords are data, not schemas.
bool is_data_keyword(const std::string& key) {
  return key == "enum" || key == "const" || key == "default" || key == "examples";
}

void check_keywords_at(const json& schema, const std::string& location) {
  if (!schema.is_object()) return;
  if (auto n = schema.find("x-decimals"); n != schema.end()) {
    if (!n->is_number_integer() || n->get<long long>() < 0 || n->get<long long>() > 30) {
      throw std::invalid_argument("x-decimals at " + (location.empty() ? "the top" : location) +
                                  " must be an integer from 0 to 30, not " + n->dump());
    }
  }
  for (const auto& [key, sub] : schema.items()) {
    const std::string here = location + "/" + escape_pointer_token(key);
    if (is_data_keyword(key)) continue;
    if (is_schema_map(key) && sub.is_object()) {
      for (const auto& [name, s] : sub.items()) {
        check_keywords_at(s, here + "/" + escape_pointer_token(name));
      }
    } else if (sub.is_array()) {
      for (std::size_t i = 0; i < sub.size(); ++i) {
        check_keywords_at(sub[i], here + "/" + std::to_string(i));
      }
    } else {
      check_keywords_at(sub, here);
    }
  }
}

}  // namespace

void check_decimals_keywords(const json& schema) { check_keywords_at(schema, ""); }

void check_decimals(const json& schema, const Value& value, std::vector<Violation>& out) {
  DecimalsWalker(schema, out).walk(schema, value, "", 0);
}

}  // namespace formwork
