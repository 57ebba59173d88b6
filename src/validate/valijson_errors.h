#pragma once
// valijson's error list → readable violations.
#include <string>
#include <vector>

#include "model/value.h"
#include "validate/schema.h"

namespace formwork {

/// One valijson error: its context path ({"<root>", "[费用]", "[0]"}) and
/// description.
struct RawSchemaError {
  std::vector<std::string> context;
  std::string description;
};

/// A scalar as a message shows it: numbers exactly, strings JSON-quoted and
/// cut after 40 code points ("…"); "an array" / "an object" otherwise.
std::string shown_value(const Value& v);

/// Turns valijson errors about `record` into violations:
///  - wrapper errors that only say a child failed ("Failed to validate item
///    #0 in array.", "... against child schema #1.", "... associated with
///    property name ...") are dropped when a more specific error at or below
///    the same place explains them;
///  - the context becomes a JSON pointer; an unwanted property
///    (additionalProperties: false) is pointed at itself;
///  - the description loses its final period, numbers lose valijson's
///    padding ("less than or equal to 100.000000" → "... 100"), and the
///    offending scalar is appended: "... (value: -5)".
/// The result is unsorted and may hold duplicates.
std::vector<Violation> violations_from_errors(const std::vector<RawSchemaError>& errors,
                                              const Value& record);

}  // namespace formwork
