#include "validate/valijson_errors.h"

#include <algorithm>
#include <array>
#include <regex>
#include <string_view>

#include "util/utf8.h"
#include "model/json_pointer.h"

namespace formwork {
namespace {

// Descriptions that say only "a child failed"; the child's own error says why.
constexpr std::array<std::string_view, 5> kWrapperPrefixes = {
    "Failed to validate item #",
    "Failed to validate against additional properties schema",
    "Failed to validate against schema associated with",
    "Failed to validate against child schema #",
    "Failed to validate against dependent schema",
};

constexpr std::string_view kMissingProperty = "Missing required property '";
constexpr std::string_view kUnwantedProperty =
    "Object contains a property that could not be validated using 'properties' or "
    "'additionalProperties' constraints: '";

// Scalars longer than this are shortened in messages.
constexpr std::size_t kMaxShownCodePoints = 40;

bool is_wrapper(const std::string& description) {
  return std::any_of(kWrapperPrefixes.begin(), kWrapperPrefixes.end(),
                     [&](std::string_view p) { return description.rfind(p, 0) == 0; });
}

bool starts_with_path(const std::vector<std::string>& path,
                      const std::vector<std::string>& prefix) {
  return path.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), path.begin());
}

bool explained_elsewhere(const RawSchemaError& wrapper, const std::vector<RawSchemaError>& all) {
  return std::any_of(all.begin(), all.end(), [&](const RawSchemaError& e) {
    return !is_wrapper(e.description) && starts_with_path(e.context, wrapper.context);
  });
}

// valijson prints bounds with std::to_string: "100.000000" → "100", "0.500000" → "0.5".
std::string tidy_numbers(const std::string& s) {
  static const std::regex padded(R"((\d+)\.(\d*?)0+\b)");
  std::string out = std::regex_replace(s, padded, "$1.$2");
  static const std::regex bare_point(R"((\d+)\.(?!\d))");
  return std::regex_replace(out, bare_point, "$1");
}

}  // namespace

std::string shown_value(const Value& v) {
  if (v.is_array()) return "an array";
  if (v.is_object()) return "an object";
  std::string text = v.is_number() ? v.as_number().to_string() : v.to_json();
  std::u32string cps = utf8_to_u32(text);
  if (cps.size() > kMaxShownCodePoints) {
    text = u32_to_utf8(cps.substr(0, kMaxShownCodePoints)) + "…";
  }
  return text;
}

namespace {

Violation to_violation(const RawSchemaError& e, const Value& record) {
  std::vector<std::string> tokens = tokens_from_context(e.context);
  std::string message = e.description;
  if (message.rfind(kUnwantedProperty, 0) == 0 && message.size() > kUnwantedProperty.size() + 2) {
    // Point at the unwanted member itself ("…: 'name'." → token "name").
    tokens.push_back(
        message.substr(kUnwantedProperty.size(), message.size() - kUnwantedProperty.size() - 2));
    message = "property not allowed by the schema (additionalProperties is false)";
  }
  if (message.rfind(kMissingProperty, 0) == 0 && message.size() > kMissingProperty.size() + 2) {
    // Point at the missing member, where the person has to add it.
    tokens.push_back(
        message.substr(kMissingProperty.size(), message.size() - kMissingProperty.size() - 2));
    message = "required, but missing";
  }
  if (!message.empty() && message.back() == '.') message.pop_back();
  message = tidy_numbers(message);
  const Value* v = value_at(record, tokens);
  // valijson reports a day out of range (2016-02-30) of a plain date as an
  // invalid date-time.
  if (message == "String should be a valid date-time" && v != nullptr && v->is_string() &&
      v->as_string().find_first_of("Tt") == std::string::npos) {
    message = "String should be a valid date (no such day in that month)";
  }
  const bool about_members = message.find("property") != std::string::npos;
  if (v != nullptr && !about_members && (!v->is_array() && !v->is_object())) {
    message += " (value: " + shown_value(*v) + ")";
  } else if (v != nullptr && message.find("'type'") != std::string::npos) {
    message += " (value is " + shown_value(*v) + ")";
  }
  return {pointer_from_tokens(tokens), message};
}

}  // namespace

std::vector<Violation> violations_from_errors(const std::vector<RawSchemaError>& errors,
                                              const Value& record) {
  std::vector<Violation> out;
  for (const RawSchemaError& e : errors) {
    if (is_wrapper(e.description) && explained_elsewhere(e, errors)) continue;
    out.push_back(to_violation(e, record));
  }
  return out;
}

}  // namespace formwork
