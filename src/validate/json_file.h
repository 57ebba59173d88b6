#pragma once
// Reading the JSON files that configure validation (schemas, checks), with
// errors that name the file and position.
#include <nlohmann/json.hpp>
#include <string>

namespace formwork {

/// The bytes of `path`. Throws IoError "cannot read <what> <path>: <reason>".
std::string read_config_file(const std::string& path, const char* what);

/// Parses `text` (a UTF-8 BOM is skipped). Throws TemplateError
/// "<what> is not valid JSON: <explanation>" located at the file, line and
/// column (in code points) of the problem.
nlohmann::json parse_config_json(const std::string& text, const std::string& path,
                                 const char* what);

}  // namespace formwork
