#include "validate/value_json.h"

#include <stdexcept>

namespace formwork {
namespace {

nlohmann::json number_json(const Decimal& d) {
  if (d.is_integer()) {
    try {
      return nlohmann::json(static_cast<std::int64_t>(d.to_int64()));
    } catch (const std::overflow_error&) {
      // Too large for int64: fall through to double.
    }
  }
  return nlohmann::json(d.to_double());
}

}  // namespace

nlohmann::json to_nlohmann(const Value& v) {
  switch (v.type()) {
    case Value::Type::Null:
      return nullptr;
    case Value::Type::Bool:
      return v.as_bool();
    case Value::Type::Number:
      return number_json(v.as_number());
    case Value::Type::String:
      return v.as_string();
    case Value::Type::Array: {
      nlohmann::json out = nlohmann::json::array();
      for (const Value& e : v.as_array()) out.push_back(to_nlohmann(e));
      return out;
    }
    case Value::Type::Object: {
      nlohmann::json out = nlohmann::json::object();
      for (const auto& [key, member] : v.as_object().members) out[key] = to_nlohmann(member);
      return out;
    }
  }
  return nullptr;
}

}  // namespace formwork
