#include "model/value.h"

#include <algorithm>
#include <stdexcept>

namespace formwork {

namespace {

/// Appends `s` as a JSON string literal (RFC 8259 §7): quote, backslash and
/// control characters escaped; all other UTF-8 bytes copied unchanged.
void append_json_string(std::string& out, std::string_view s) {
  static const char* const kHex = "0123456789abcdef";
  out += '"';
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (u < 0x20) {
          out += "\\u00";
          out += kHex[u >> 4];
          out += kHex[u & 0xF];
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void append_json(std::string& out, const Value& v) {
  switch (v.type()) {
    case Value::Type::Null:
      out += "null";
      break;
    case Value::Type::Bool:
      out += v.as_bool() ? "true" : "false";
      break;
    case Value::Type::Number:
      out += v.as_number().to_string();
      break;
    case Value::Type::String:
      append_json_string(out, v.as_string());
      break;
    case Value::Type::Array: {
      out += '[';
      bool first = true;
      for (const Value& e : v.as_array()) {
        if (!first) out += ',';
        first = false;
        append_json(out, e);
      }
      out += ']';
      break;
    }
    case Value::Type::Object: {
      out += '{';
      bool first = true;
      for (const auto& [key, member] : v.as_object().members) {
        if (!first) out += ',';
        first = false;
        append_json_string(out, key);
        out += ':';
        append_json(out, member);
      }
      out += '}';
      break;
    }
  }
}

// 1 + the deepest of `items`, checked against Value::kMaxDepth.
template <class Range, class Get>
int nested_depth(const Range& items, Get get) {
  int deepest = 0;
  for (const auto& item : items) deepest = std::max(deepest, get(item).depth());
  if (deepest + 1 > Value::kMaxDepth) {
    throw std::length_error("arrays and objects nested more than " +
                            std::to_string(Value::kMaxDepth) + " levels deep");
  }
  return deepest + 1;
}

}  // namespace

Value::Value(Array a) {
  int depth = nested_depth(a, [](const Value& v) -> const Value& { return v; });
  v_ = std::make_shared<const Nested<Array>>(Nested<Array>{std::move(a), depth});
}

Value::Value(Object o) {
  int depth = nested_depth(o.members, [](const auto& m) -> const Value& { return m.second; });
  v_ = std::make_shared<const Nested<Object>>(Nested<Object>{std::move(o), depth});
}

int Value::depth() const {
  if (is_array()) return std::get<4>(v_)->depth;
  if (is_object()) return std::get<5>(v_)->depth;
  return 0;
}

const Value* Object::find(std::string_view key) const {
  for (const auto& [k, v] : members)
    if (k == key) return &v;
  return nullptr;
}

void Object::set(std::string key, Value v) {
  for (auto& [k, existing] : members) {
    if (k == key) {
      existing = std::move(v);
      return;
    }
  }
  members.emplace_back(std::move(key), std::move(v));
}

const Value* Value::find(std::string_view key) const {
  return is_object() ? as_object().find(key) : nullptr;
}

bool Value::truthy() const {
  switch (type()) {
    case Type::Null:
      return false;
    case Type::Bool:
      return as_bool();
    case Type::Number:
      return as_number().sign() != 0;
    case Type::String:
      return !as_string().empty();
    case Type::Array:
      return !as_array().empty();
    case Type::Object:
      return true;
  }
  return false;
}

std::string_view Value::type_name() const {
  switch (type()) {
    case Type::Null:
      return "null";
    case Type::Bool:
      return "boolean";
    case Type::Number:
      return "number";
    case Type::String:
      return "string";
    case Type::Array:
      return "array";
    case Type::Object:
      return "object";
  }
  return "null";
}

std::string Value::to_text() const {
  switch (type()) {
    case Type::Null:
      return "";
    case Type::String:
      return as_string();
    default:
      return to_json();
  }
}

std::string Value::to_json() const {
  std::string out;
  append_json(out, *this);
  return out;
}

// Numbers compare by value (1.50 == 1.5); objects compare as sets of members
// (member order is kept for output but carries no meaning in JSON).
bool Value::operator==(const Value& o) const {
  if (type() != o.type()) return false;
  switch (type()) {
    case Type::Null:
      return true;
    case Type::Bool:
      return as_bool() == o.as_bool();
    case Type::Number:
      return as_number() == o.as_number();
    case Type::String:
      return as_string() == o.as_string();
    case Type::Array:
      return as_array() == o.as_array();
    case Type::Object: {
      const auto& a = as_object().members;
      const auto& b = o.as_object();
      if (a.size() != b.members.size()) return false;
      for (const auto& [k, v] : a) {
        const Value* other = b.find(k);
        if (other == nullptr || !(*other == v)) return false;
      }
      return true;
    }
  }
  return false;
}

}  // namespace formwork
