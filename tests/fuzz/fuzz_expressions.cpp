// libFuzzer harness: template expressions ({{ … }}) parsed and evaluated
// against a small record. Errors must be TemplateError; anything else is a
// finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "data/records.h"
#include "expr/expression.h"
#include "util/errors.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const formwork::Value record = formwork::parse_json(
      R"({"编号": "2016001", "金额": 1234.56, "n": 3, "明细": [{"名称": "a", "金额": 1.5},
          {"名称": "b", "金额": 2}], "空": null, "是": true, "日期": "2016-05-31"})");
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  try {
    const auto e = formwork::Expression::parse(source, formwork::SourceLoc{"fuzz", 1, 1});
    formwork::Scope scope(record);
    e.eval(scope);
  } catch (const formwork::TemplateError&) {
  }
  return 0;
}
