// libFuzzer harness: input data (one JSON value, an array of records or JSON
// Lines) through parse_records, the first thing every batch does with a
// user's file. Errors must be DataError; anything else (a crash, a sanitizer
// report, another exception type) is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "data/records.h"
#include "util/errors.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    formwork::parse_records(text, "fuzz.json");
  } catch (const formwork::DataError&) {
  }
  return 0;
}
