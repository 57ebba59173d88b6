#pragma once
// Records read one at a time, so a batch of 100,000 records holds only the
// records in flight, not the whole input.
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "data/data_options.h"
#include "data/records.h"

namespace formwork {

/// The records of one input file, in order. JSON Lines (a file named
/// *.jsonl / *.ndjson, or whose first non-blank line is a whole JSON
/// object) is read line by line: memory holds one line at a time, and a
/// malformed line becomes a Record with `error` set, as parse_records
/// does. A JSON array or single value is read whole with load_records.
class RecordStream {
 public:
  /// Opens `path`. Throws IoError when it cannot be read, DataError (as
  /// load_records) for a malformed array or single value. CSV, TSV and
  /// XLSX data (is_sheet_data) is read whole with load_sheet_records and
  /// `data`.
  explicit RecordStream(const std::string& path, const DataOptions& data = {});
  /// The next record; false at the end. Throws IoError on a read error.
  bool next(Record& out);
  /// Records handed out so far.
  size_t count() const { return index_; }
  /// Records in the input (JSON Lines: its non-blank lines, counted
  /// without parsing them), for a progress line. Throws IoError.
  size_t total();

 private:
  bool next_line(Record& out);
  std::string path_;
  std::ifstream in_;
  bool lines_ = false;
  int line_ = 0;
  size_t index_ = 0;
  std::vector<Record> whole_;  ///< array or single value, read at once
};

}  // namespace formwork
