#include "data/record_stream.h"

#include <nlohmann/json.hpp>

#include "data/json_reader.h"
#include "data/sheet_records.h"
#include "util/errors.h"

namespace formwork {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

bool named_json_lines(const std::string& path) {
  return path.ends_with(".jsonl") || path.ends_with(".ndjson");
}

/// Whether the first non-blank line of `in` is a whole JSON object; leaves
/// `in` at the start.
bool starts_with_object_line(std::ifstream& in) {
  std::string line;
  bool object = false;
  while (std::getline(in, line)) {
    if (line.starts_with(kUtf8Bom)) line.erase(0, kUtf8Bom.size());
    if (is_blank(line)) continue;
    const size_t start = line.find_first_not_of(" \t");
    object = line[start] == '{' && nlohmann::json::accept(line);
    break;
  }
  in.clear();
  in.seekg(0);
  return object;
}

}  // namespace

RecordStream::RecordStream(const std::string& path, const DataOptions& data) : path_(path) {
  if (is_sheet_data(path)) {
    whole_ = load_sheet_records(path, data);
    return;
  }
  in_.open(path, std::ios::binary);
  if (!in_) {
    // load_records names the reason (missing file, a folder, …).
    whole_ = load_records(path);
    return;
  }
  lines_ = named_json_lines(path) || starts_with_object_line(in_);
  if (!lines_) {
    in_.close();
    whole_ = load_records(path);
  }
}

bool RecordStream::next(Record& out) {
  if (lines_) return next_line(out);
  if (index_ >= whole_.size()) return false;
  out = std::move(whole_[index_++]);
  return true;
}

bool RecordStream::next_line(Record& out) {
  std::string line;
  while (std::getline(in_, line)) {
    ++line_;
    if (line_ == 1 && line.starts_with(kUtf8Bom)) line.erase(0, kUtf8Bom.size());
    if (is_blank(line)) continue;
    out = Record{Value(), static_cast<int>(index_), line_, {}, {}};
    try {
      check_utf8(line, path_ + " line " + std::to_string(line_));
      Value v = read_json(line, line_).value;
      if (!v.is_object()) {
        throw DataError("record " + std::to_string(index_ + 1) + " (line " + std::to_string(line_) +
                        ") is not an object");
      }
      out.value = std::move(v);
    } catch (const DataError& e) {
      out.error = path_ + ": " + e.what();
    }
    ++index_;
    return true;
  }
  if (in_.bad()) throw IoError("cannot read " + path_);
  return false;
}

size_t RecordStream::total() {
  if (!lines_) return whole_.size();
  std::ifstream scan(path_, std::ios::binary);
  std::string line;
  size_t n = 0;
  while (std::getline(scan, line)) n += !is_blank(line);
  if (scan.bad()) throw IoError("cannot read " + path_);
  return n;
}

}  // namespace formwork
