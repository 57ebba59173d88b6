#include "validate/schema.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "util/errors.h"
#include "validate/json_file.h"
#include "model/json_pointer.h"
#include "validate/pointer_label.h"
#include "validate/schema_keywords.h"
#include "validate/valijson_errors.h"
#include "validate/value_json.h"

namespace formwork {
namespace {

bool same_violation(const Violation& a, const Violation& b) {
  return a.pointer == b.pointer && a.message == b.message;
}

}  // namespace

struct Schema::Impl {
  std::optional<SchemaKeywords> keywords;
  valijson::Schema compiled;
  nlohmann::json doc;  ///< the schema as written, for titles (pointer_label)
};

Schema::Schema() : impl_(std::make_unique<Impl>()) {}
Schema::~Schema() = default;
Schema::Schema(Schema&&) noexcept = default;
Schema& Schema::operator=(Schema&&) noexcept = default;

Schema Schema::load(const std::string& path) {
  const std::string text = read_config_file(path, "schema");
  Schema schema;
  const nlohmann::json doc = parse_config_json(text, path, "schema");
  if (!doc.is_object() && !doc.is_boolean()) {
    throw TemplateError("not a JSON Schema: the top level must be an object", SourceLoc{path});
  }
  try {
    schema.impl_->keywords.emplace(doc);
    schema.impl_->doc = doc;
    // valijson must never run a pattern (std::regex recurses per character).
    const nlohmann::json for_valijson = SchemaKeywords::without_own_keywords(doc);
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter adapter(for_valijson);
    // No document fetcher: only references inside the file ("#/definitions/…")
    // resolve; a remote "$ref" is an error here rather than a network access.
    parser.populateSchema(adapter, schema.impl_->compiled);
  } catch (const std::exception& e) {
    throw TemplateError(std::string("not a valid JSON Schema (draft-07): ") + e.what(),
                        SourceLoc{path});
  }
  return schema;
}

std::string Schema::label(const std::string& pointer) const {
  return pointer_label(pointer, impl_->doc);
}

std::vector<Violation> Schema::validate(const Value& record) const {
  const nlohmann::json target_json = to_nlohmann(record);
  valijson::adapters::NlohmannJsonAdapter target(target_json);
  valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  bool valid = false;
  try {
    valid = validator.validate(impl_->compiled, target, &results);
  } catch (const std::exception& e) {  // e.g. std::regex giving up on a long string
    return {Violation{"", std::string("cannot be checked against the schema: ") + e.what()}};
  }

  std::vector<RawSchemaError> errors;
  for (const auto& e : results) errors.push_back({e.context, e.description});
  // A `false` schema (at the root, under $ref or propertyNames) fails without
  // an error message from valijson.
  if (!valid && errors.empty()) errors.push_back({{"<root>"}, "Value not allowed by the schema."});
  std::vector<Violation> out = violations_from_errors(errors, record);
  impl_->keywords->check(record, out);

  std::stable_sort(out.begin(), out.end(), [](const Violation& a, const Violation& b) {
    if (a.pointer != b.pointer) return pointer_less(a.pointer, b.pointer);
    return a.message < b.message;
  });
  out.erase(std::unique(out.begin(), out.end(), same_violation), out.end());
  return out;
}

}  // namespace formwork
