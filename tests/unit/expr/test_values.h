#pragma once
// Small builders for Values in the expression tests.
#include <initializer_list>
#include <ostream>
#include <stdexcept>
#include <string>
#include <utility>

#include "model/value.h"
#include "util/decimal.h"

namespace formwork {

/// Values print as JSON in GoogleTest failure messages.
inline void PrintTo(const Value& v, std::ostream* os) { *os << v.to_json(); }

}  // namespace formwork

namespace formwork::testing {

inline Decimal dec(const char* text) {
  auto d = Decimal::parse(text);
  if (!d) throw std::invalid_argument(std::string("bad decimal in test: ") + text);
  return *d;
}

inline Value num(const char* text) { return Value(dec(text)); }

inline Value obj(std::initializer_list<std::pair<std::string, Value>> members) {
  Object o;
  for (const auto& [k, v] : members) o.set(k, v);
  return Value(std::move(o));
}

inline Value arr(std::initializer_list<Value> items) { return Value(Array(items)); }

}  // namespace formwork::testing
