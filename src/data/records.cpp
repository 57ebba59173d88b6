#include "data/records.h"

#include <nlohmann/json.hpp>

#include "data/json_reader.h"
#include "data/text_position.h"
#include "util/atomic_file.h"
#include "util/errors.h"

namespace formwork {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string_view without_bom(std::string_view text) {
  return text.substr(0, kUtf8Bom.size()) == kUtf8Bom ? text.substr(kUtf8Bom.size()) : text;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

/// One physical line of the input with its 1-based number.
struct Line {
  std::string_view text;
  int number;
};

std::vector<Line> non_blank_lines(std::string_view text) {
  std::vector<Line> lines;
  int number = 1;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    if (!is_blank(line)) lines.push_back({line, number});
    ++number;
    start = end + 1;
  }
  return lines;
}

// JSON Lines when the name says so, or when the first non-blank line is a
// complete JSON value and more non-blank lines follow: such text can never
// be one valid JSON value, so reading it line by line is the only reading
// that can succeed (and it pins an error to its line).
bool looks_like_json_lines(const std::vector<Line>& lines, std::string_view file_name) {
  if (ends_with(file_name, ".jsonl") || ends_with(file_name, ".ndjson")) return true;
  // The first line may be the malformed one: a second line holding a whole
  // object decides then.
  const auto whole_object = [](std::string_view t) {
    const std::size_t start = t.find_first_not_of(" \t");
    return start != std::string_view::npos && t[start] == '{' && nlohmann::json::accept(t);
  };
  return lines.size() >= 2 &&
         (nlohmann::json::accept(lines[0].text) || whole_object(lines[1].text));
}

std::string described_type(const Value& v) {
  switch (v.type()) {
    case Value::Type::Null:
      return "null";
    case Value::Type::Array:
      return "an array";
    case Value::Type::Object:
      return "an object";
    default:
      return "a " + std::string(v.type_name());
  }
}

Record make_record(Value value, int index, int line) {
  if (!value.is_object()) {
    throw DataError("record " + std::to_string(index + 1) + " (line " + std::to_string(line) +
                    ") is " + described_type(value) + ", expected an object");
  }
  return Record{std::move(value), index, line, {}, {}};
}

std::vector<Record> json_lines_records(const std::vector<Line>& lines, std::string_view file_name) {
  std::vector<Record> records;
  for (const Line& line : lines) {
    const int index = static_cast<int>(records.size());
    try {
      ParsedJson parsed = read_json(line.text, line.number);
      records.push_back(make_record(std::move(parsed.value), index, line.number));
    } catch (const DataError& e) {
      Record bad{Value(), index, line.number, e.what(), {}};
      if (!file_name.empty()) bad.error = std::string(file_name) + ": " + bad.error;
      records.push_back(std::move(bad));
    }
  }
  return records;
}

std::vector<Record> single_text_records(std::string_view text) {
  ParsedJson parsed = read_json(text);
  std::vector<Record> records;
  if (!parsed.value.is_array()) {
    const std::size_t start = text.find_first_not_of(" \t\r\n");
    records.push_back(make_record(std::move(parsed.value), 0, line_at(text, start)));
    return records;
  }
  const Array& elements = parsed.value.as_array();
  for (std::size_t i = 0; i < elements.size(); ++i) {
    records.push_back(
        make_record(elements[i], static_cast<int>(i), line_at(text, parsed.element_offsets.at(i))));
  }
  return records;
}

}  // namespace

Value parse_json(std::string_view text) { return read_json(without_bom(text)).value; }

std::vector<Record> parse_records(std::string_view text, std::string_view file_name) {
  check_utf8(text, file_name.empty() ? "input" : file_name);
  text = without_bom(text);
  const std::vector<Line> lines = non_blank_lines(text);
  try {
    if (looks_like_json_lines(lines, file_name)) return json_lines_records(lines, file_name);
    return single_text_records(text);
  } catch (const DataError& e) {
    // A user running a batch over several files needs to know which one.
    if (file_name.empty()) throw;
    throw DataError(std::string(file_name) + ": " + e.what(), e.details);
  }
}

std::vector<Record> load_records(const std::string& path) {
  return parse_records(read_file(path), path);
}

}  // namespace formwork
