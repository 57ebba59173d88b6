// libFuzzer harness: a template file loaded (XML, elements, attributes,
// placeholders) and rendered with a small record. Errors must be
// TemplateError (or DataError from rendering); anything else is a finding.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "data/records.h"
#include "template/template.h"
#include "util/errors.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/formwork-fuzz-" + std::to_string(::getpid()) + ".xml";
  static const formwork::Value record = formwork::parse_json(
      R"({"编号": "2016001", "项目名称": "灰霾天气的防控与干预", "金额": 1234.56,
          "明细": [{"名称": "a", "金额": 1.5}], "name": "x"})");
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    const formwork::Template tpl = formwork::Template::load(path);
    tpl.render(record);
  } catch (const formwork::TemplateError&) {
  } catch (const formwork::DataError&) {
  }
  return 0;
}
