#pragma once
// The data model of a record: what a JSON document holds, with numbers kept
// as exact decimals (Decimal) instead of doubles. Objects keep the member
// order of the input so outputs are stable.
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "util/decimal.h"

namespace formwork {

class Value;
using Array = std::vector<Value>;

/// A JSON object with members in input order. Lookup is linear: records are
/// small (tens of members).
struct Object {
  std::vector<std::pair<std::string, Value>> members;
  /// The member's value, or nullptr when absent.
  const Value* find(std::string_view key) const;
  /// Replaces the member's value or appends a new member.
  void set(std::string key, Value v);
};

/// An immutable JSON value: null, boolean, number (exact Decimal), string
/// (UTF-8), array or object. Arrays and objects are shared, so copying a
/// Value is cheap.
class Value {
 public:
  enum class Type { Null, Bool, Number, String, Array, Object };

  Value() = default;
  Value(std::nullptr_t) {}
  Value(bool b) : v_(b) {}
  Value(Decimal d) : v_(d) {}
  Value(int i) : v_(Decimal(i)) {}
  Value(long long i) : v_(Decimal(i)) {}
  Value(std::string s) : v_(std::move(s)) {}
  Value(const char* s) : v_(std::string(s)) {}
  /// Arrays and objects; both throw std::length_error when the value would
  /// nest deeper than kMaxDepth.
  Value(Array a);
  Value(Object o);

  /// Deepest nesting of arrays and objects a Value may have. JSON records
  /// are held to 256 levels by the reader, but expressions can wrap values
  /// further (a <set> rebinding x to [x] once per element); destruction,
  /// comparison and printing recurse once per level, so the limit keeps them
  /// far from the stack's end.
  static constexpr int kMaxDepth = 1000;

  Type type() const { return static_cast<Type>(v_.index()); }
  bool is_null() const { return type() == Type::Null; }
  bool is_bool() const { return type() == Type::Bool; }
  bool is_number() const { return type() == Type::Number; }
  bool is_string() const { return type() == Type::String; }
  bool is_array() const { return type() == Type::Array; }
  bool is_object() const { return type() == Type::Object; }

  /// Accessors throw std::bad_variant_access on the wrong type.
  bool as_bool() const { return std::get<bool>(v_); }
  const Decimal& as_number() const { return std::get<Decimal>(v_); }
  const std::string& as_string() const { return std::get<std::string>(v_); }
  const Array& as_array() const { return std::get<4>(v_)->items; }
  const Object& as_object() const { return std::get<5>(v_)->items; }
  /// 0 for scalars; for arrays and objects 1 + the deepest element.
  int depth() const;

  /// Member lookup on objects; nullptr for absent members or non-objects.
  const Value* find(std::string_view key) const;
  /// Truthiness for `if`: null, false, 0, "" and [] are false.
  bool truthy() const;
  /// "null", "boolean", "number", "string", "array", "object".
  std::string_view type_name() const;
  /// Plain text of a scalar as a template prints it without filters:
  /// numbers via Decimal::to_string, null as "", booleans as true/false.
  /// Arrays and objects as compact JSON.
  std::string to_text() const;
  /// Compact JSON text (numbers written exactly).
  std::string to_json() const;

  bool operator==(const Value& o) const;

 private:
  /// An array or object with its nesting depth, computed once.
  template <class T>
  struct Nested {
    T items;
    int depth;
  };

  std::variant<std::monostate, bool, Decimal, std::string, std::shared_ptr<const Nested<Array>>,
               std::shared_ptr<const Nested<Object>>>
      v_;
};

}  // namespace formwork
