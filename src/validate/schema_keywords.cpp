#include "validate/schema_keywords.h"

#include <algorithm>
#include <stdexcept>

#include "model/json_pointer.h"
#include "util/percent_decode.h"
#include "validate/valijson_errors.h"

namespace formwork {
namespace {

using json = nlohmann::json;

// "$ref" chains that do not descend into the value (a → b → a) stop here.
constexpr int kMaxRefHops = 32;

int decimals_of(const Decimal& d) {
  const std::string text = d.to_string();
  const std::size_t point = text.find('.');
  return point == std::string::npos ? 0 : static_cast<int>(text.size() - point - 1);
}

using Regexes = std::map<std::string, SchemaRegex>;

const std::string kDateRe = "^([0-9]+)-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$";
const std::string kTimeRe =
    "^([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]|60)(\\.[0-9]+)?(([Zz])|([+-]([01][0-9]|2[0-3]):["
    "0-5][0-9]))$";
const std::string kDateTimeRe =
    "^([0-9]+)-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):([0-5][0-9]):([0-5]["
    "0-9]|60)(\\.[0-9]+)?(([Zz])|([+-]([01][0-9]|2[0-3]):[0-5][0-9]))$";

bool is_own_format(const json& f) {
  return f.is_string() && (f == "date" || f == "time" || f == "date-time");
}

/// Days of month 1-12, February with 29 as valijson allows.
bool day_exists(int month, int day) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month >= 1 && month <= 12 && day >= 1 && day <= kDays[month - 1];
}

class KeywordWalker {
 public:
  KeywordWalker(const json& root, const Regexes& regexes, std::vector<Violation>& out)
      : root_(root), regexes_(regexes), out_(out) {}

  void walk(const json& schema, const Value& value, const std::string& pointer, int hops) {
    if (!schema.is_object()) return;
    if (auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
      follow_ref(ref->get<std::string>(), value, pointer, hops);
      return;  // draft-07: keywords beside $ref are ignored
    }
    if (auto n = schema.find("x-decimals"); n != schema.end() && value.is_number()) {
      check_number(n->get<int>(), value.as_number(), pointer);
    }
    if (auto p = schema.find("pattern"); p != schema.end() && p->is_string() && value.is_string()) {
      check_pattern(p->get<std::string>(), value, pointer);
    }
    if (auto f = schema.find("format");
        f != schema.end() && is_own_format(*f) && value.is_string()) {
      check_format(f->get<std::string>(), value, pointer);
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

  const SchemaRegex& regex(const std::string& pattern) const { return regexes_.at(pattern); }

  void check_pattern(const std::string& pattern, const Value& value, const std::string& pointer) {
    if (regex(pattern).search(value.as_string())) return;
    out_.push_back({pointer, "does not match the pattern " + pattern +
                                 " (value: " + shown_value(value) + ")"});
  }

  void check_format(const std::string& format, const Value& value, const std::string& pointer) {
    const std::string& s = value.as_string();
    const std::string& re = format == "date" ? kDateRe : format == "time" ? kTimeRe : kDateTimeRe;
    bool ok = regex(re).search(s);
    if (ok && format != "time") {
      // The month and day are the two digits after the first and second '-'.
      const size_t dash = s.find('-');
      ok = day_exists(std::stoi(s.substr(dash + 1, 2)), std::stoi(s.substr(dash + 4, 2)));
      if (!ok) {
        out_.push_back(
            {pointer, "String should be a valid date (no such day in that month) (value: " +
                          shown_value(value) + ")"});
        return;
      }
    }
    if (!ok) {
      out_.push_back(
          {pointer, "String should be a valid " + format + " (value: " + shown_value(value) + ")"});
    }
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
          if (!regex(pattern).search(key)) continue;
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
  const Regexes& regexes_;
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

bool is_branch_keyword(const std::string& key) {
  return key == "anyOf" || key == "oneOf" || key == "not" || key == "if" || key == "then" ||
         key == "else" || key == "dependencies";
}

std::string where(const std::string& location) {
  return location.empty() ? "the top of the schema" : location;
}

/// The first keyword of `schema` that formwork checks itself ("" if none).
std::string own_keyword(const json& schema) {
  for (const char* k : {"x-decimals", "pattern", "patternProperties"}) {
    if (schema.contains(k)) return k;
  }
  if (auto f = schema.find("format"); f != schema.end() && is_own_format(*f)) return "format";
  return "";
}

/// Load-time checks of one schema document, collecting its patterns.
class KeywordChecker {
 public:
  KeywordChecker(const json& root, Regexes& regexes) : root_(root), regexes_(regexes) {}

  void check(const json& schema, const std::string& location, const std::string& branch) {
    if (!schema.is_object()) return;
    check_decimals_value(schema, location);
    if (!branch.empty()) refuse_under_branch(schema, location, branch);
    if (auto p = schema.find("pattern"); p != schema.end() && p->is_string()) {
      compile(p->get<std::string>(), location + "/pattern");
    }
    if (auto pp = schema.find("patternProperties"); pp != schema.end() && pp->is_object()) {
      for (const auto& [key, sub] : pp->items()) {
        compile(key, location + "/patternProperties/" + escape_pointer_token(key));
      }
    }
    for (const auto& [key, sub] : schema.items()) {
      if (is_data_keyword(key)) continue;
      const std::string here = location + "/" + escape_pointer_token(key);
      const std::string inner = branch.empty() && is_branch_keyword(key) ? key : branch;
      if (is_schema_map(key) && sub.is_object()) {
        for (const auto& [name, s] : sub.items()) {
          check(s, here + "/" + escape_pointer_token(name), key == "dependencies" ? key : inner);
        }
      } else if (sub.is_array()) {
        for (std::size_t i = 0; i < sub.size(); ++i)
          check(sub[i], here + "/" + std::to_string(i), inner);
      } else {
        check(sub, here, inner);
      }
    }
  }

 private:
  static void check_decimals_value(const json& schema, const std::string& location) {
    auto n = schema.find("x-decimals");
    if (n == schema.end()) return;
    if (!n->is_number_integer() || n->get<long long>() < 0 || n->get<long long>() > 30) {
      throw std::invalid_argument("x-decimals at " + where(location) +
                                  " must be an integer from 0 to 30, not " + n->dump());
    }
  }

  void compile(const std::string& pattern, const std::string& location) {
    if (regexes_.count(pattern)) return;
    try {
      regexes_.emplace(pattern, SchemaRegex(pattern));
    } catch (const std::invalid_argument& e) {
      throw std::invalid_argument("the regular expression at " + location + " (" + pattern +
                                  ") cannot be run in linear time or is not valid: " + e.what() +
                                  "; look-around and backreferences are not supported");
    }
  }

  /// A keyword formwork checks, directly or through "$ref", under a branch
  /// whose outcome valijson decides.
  void refuse_under_branch(const json& schema, const std::string& location,
                           const std::string& branch) {
    std::string found = own_keyword(schema);
    std::string at = location;
    if (found.empty()) {
      if (auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
        std::vector<std::string> seen;
        found = own_keyword_through(ref->get<std::string>(), seen, at);
      }
    }
    if (found.empty()) return;
    throw std::invalid_argument(found + " at " + where(at) + " is under " + branch +
                                ", where formwork cannot follow it; move it out of " + branch +
                                " (docs/validation.md)");
  }

  std::string own_keyword_through(const std::string& ref, std::vector<std::string>& seen,
                                  std::string& at) {
    if (ref.empty() || ref[0] != '#') return "";
    if (std::find(seen.begin(), seen.end(), ref) != seen.end()) return "";
    seen.push_back(ref);
    const json* target = nullptr;
    try {
      target = &root_.at(json::json_pointer(percent_decode(ref.substr(1))));
    } catch (const json::exception&) {
      return "";  // valijson rejects unresolvable references
    }
    return own_keyword_below(*target, ref.substr(1), seen, at);
  }

  std::string own_keyword_below(const json& schema, const std::string& location,
                                std::vector<std::string>& seen, std::string& at) {
    if (!schema.is_object()) return "";
    if (std::string k = own_keyword(schema); !k.empty()) {
      at = location;
      return k;
    }
    if (auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
      if (std::string k = own_keyword_through(ref->get<std::string>(), seen, at); !k.empty()) {
        return k;
      }
    }
    for (const auto& [key, sub] : schema.items()) {
      if (is_data_keyword(key) || key == "definitions") continue;
      const std::string here = location + "/" + escape_pointer_token(key);
      if (sub.is_array()) {
        for (std::size_t i = 0; i < sub.size(); ++i) {
          if (std::string k = own_keyword_below(sub[i], here + "/" + std::to_string(i), seen, at);
              !k.empty()) {
            return k;
          }
        }
      } else if (is_schema_map(key) && sub.is_object()) {
        for (const auto& [name, s] : sub.items()) {
          if (std::string k =
                  own_keyword_below(s, here + "/" + escape_pointer_token(name), seen, at);
              !k.empty()) {
            return k;
          }
        }
      } else if (std::string k = own_keyword_below(sub, here, seen, at); !k.empty()) {
        return k;
      }
    }
    return "";
  }

  const json& root_;
  Regexes& regexes_;
};

json strip_own_keywords(const json& schema) {
  if (schema.is_array()) {
    json out = json::array();
    for (const json& s : schema) out.push_back(strip_own_keywords(s));
    return out;
  }
  if (!schema.is_object()) return schema;
  json out = json::object();
  for (const auto& [key, sub] : schema.items()) {
    if (key == "pattern" && sub.is_string()) continue;
    if (key == "format" && is_own_format(sub)) continue;
    out[key] = is_data_keyword(key) ? sub : strip_own_keywords(sub);
  }
  return out;
}

}  // namespace

SchemaKeywords::SchemaKeywords(const json& schema) : schema_(schema) {
  KeywordChecker(schema_, regexes_).check(schema_, "", "");
  for (const std::string* re : {&kDateRe, &kTimeRe, &kDateTimeRe}) {
    regexes_.emplace(*re, SchemaRegex(*re));
  }
}

SchemaKeywords::~SchemaKeywords() = default;
SchemaKeywords::SchemaKeywords(SchemaKeywords&&) noexcept = default;
SchemaKeywords& SchemaKeywords::operator=(SchemaKeywords&&) noexcept = default;

json SchemaKeywords::without_own_keywords(const json& schema) { return strip_own_keywords(schema); }

void SchemaKeywords::check(const Value& value, std::vector<Violation>& out) const {
  KeywordWalker(schema_, regexes_, out).walk(schema_, value, "", 0);
}

}  // namespace formwork
