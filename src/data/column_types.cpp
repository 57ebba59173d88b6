#include "data/column_types.h"

#include <nlohmann/json.hpp>

#include "util/atomic_file.h"
#include "util/errors.h"

namespace formwork {
namespace {

using nlohmann::json;

// The schema a local "$ref" ("#/definitions/money") points at; `s` itself
// when it has none. A chain is followed a few steps, never in a loop.
const json& resolve(const json& root, const json& s) {
  const json* at = &s;
  for (int step = 0; step < 8 && at->is_object() && at->contains("$ref"); ++step) {
    const json& ref = (*at)["$ref"];
    if (!ref.is_string() || !ref.get<std::string>().starts_with("#/")) break;
    const json::json_pointer p(ref.get<std::string>().substr(1));
    if (!root.contains(p)) break;
    at = &root.at(p);
  }
  return *at;
}

std::string first_type(const json& s) {
  if (!s.is_object() || !s.contains("type")) return "";
  const json& t = s["type"];
  if (t.is_string()) return t.get<std::string>();
  if (t.is_array()) {
    for (const json& x : t) {
      if (x.is_string() && x != "null") return x.get<std::string>();
    }
  }
  return "";
}

ColumnType type_of(const json& s) {
  const std::string t = first_type(s);
  if (t == "number" || t == "integer") return ColumnType::Number;
  if (t == "boolean") return ColumnType::Bool;
  if (t == "string") {
    return s.contains("format") && s["format"] == "date" ? ColumnType::Date : ColumnType::Text;
  }
  return ColumnType::Any;
}

const json* properties_of(const json& s) {
  if (!s.is_object() || !s.contains("properties") || !s["properties"].is_object()) return nullptr;
  return &s["properties"];
}

}  // namespace

ColumnTypes ColumnTypes::load(const std::string& schema_path) {
  ColumnTypes out;
  if (schema_path.empty()) return out;
  const std::string text = read_file(schema_path, "schema");
  const json root = json::parse(text, nullptr, false);
  // Schema::load reports a schema that is not JSON; its cells stay Any here.
  if (root.is_discarded()) return out;
  const json* props = properties_of(resolve(root, root));
  if (props == nullptr) return out;
  for (const auto& [name, s] : props->items()) {
    const json& field = resolve(root, s);
    out.types_[name] = type_of(field);
    if (!field.is_object() || !field.contains("items")) continue;
    if (const json* item_props = properties_of(resolve(root, field["items"]))) {
      Types& items = out.item_types_[name];
      for (const auto& [item, is] : item_props->items()) items[item] = type_of(resolve(root, is));
    }
  }
  return out;
}

ColumnTypes ColumnTypes::items(const std::string& list_field) const {
  const auto it = item_types_.find(list_field);
  return it == item_types_.end() ? ColumnTypes() : ColumnTypes(it->second);
}

ColumnType ColumnTypes::of(const std::string& field) const {
  const auto it = types_.find(field);
  return it == types_.end() ? ColumnType::Any : it->second;
}

}  // namespace formwork
