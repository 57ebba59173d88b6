#include "validate/json_file.h"

#include "data/json_reader.h"
#include "data/text_position.h"
#include "util/atomic_file.h"
#include "util/errors.h"

namespace formwork {

std::string read_config_file(const std::string& path, const char* what) {
  return read_file(path, what);
}

nlohmann::json parse_config_json(const std::string& text, const std::string& path,
                                 const char* what) {
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    // nlohmann skips a BOM itself but counts its bytes; columns are in code
    // points, so a BOM on line 1 counts as one column there.
    const LineColumn pos = line_column_at(text, e.byte == 0 ? 0 : e.byte - 1);
    throw TemplateError(
        std::string(what) + " is not valid JSON: " + json_error_explanation(e.what()),
        SourceLoc{path, pos.line, pos.column});
  }
}

}  // namespace formwork
