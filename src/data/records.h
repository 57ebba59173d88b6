#pragma once
// Reading input data: one JSON object, a JSON array of objects, or JSON Lines
// (one object per line). Numbers keep their exact decimal text (Decimal),
// never passing through double.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/value.h"

namespace formwork {

/// One record of the input with where it came from, for error messages.
struct Record {
  Value value;
  int index = 0;  ///< 0-based position in the input
  int line = 1;   ///< 1-based line where the record starts
  /// Why this record could not be read (a malformed JSON Lines line:
  /// "data.jsonl: line 2, column 2: …"); `value` is null then. The other
  /// lines are still records, so one bad line never loses a batch.
  std::string error;
  /// For a record read from a spreadsheet or CSV file: each field's JSON
  /// pointer and the cell it came from ("/金额" → "plan.xlsx Sheet1!D7
  /// (金额)"), so that messages name the place a person looks.
  std::vector<std::pair<std::string, std::string>> places;
};

/// Parses UTF-8 JSON text into a Value (numbers as Decimal).
/// Throws DataError "line L, column C: <what is wrong>" on malformed JSON.
Value parse_json(std::string_view text);

/// Splits `text` into records: a top-level array gives one record per
/// element; JSON Lines (two or more non-blank lines that each hold a whole
/// JSON value, or a file named *.jsonl / *.ndjson) one per line; anything
/// else must be a single JSON value. A UTF-8 byte order mark is skipped.
/// A malformed JSON Lines line becomes a Record with `error` set; the
/// others are read. Throws DataError for a malformed array or single value
/// ("<file_name>: line L, column C: …",
/// line and column of the whole input; the file name only when given) and
/// for text that is not UTF-8 (see check_utf8).
std::vector<Record> parse_records(std::string_view text, std::string_view file_name = "");

/// Reads `path` and parses it with parse_records. Throws IoError when the
/// file cannot be read.
std::vector<Record> load_records(const std::string& path);

/// Throws DataError when `bytes` are not valid UTF-8, naming the encoding
/// ICU's charset detector finds ("GB18030", "UTF-16LE", "Big5", …) and the
/// offset of the first invalid byte, e.g. "input is not UTF-8 (looks like
/// GB18030, first invalid byte at line 3, column 12); convert it with
/// iconv -f GB18030 -t UTF-8". `what` names the input in the message.
void check_utf8(std::string_view bytes, std::string_view what);

/// ICU's charset detector's best guess at the encoding of `bytes`
/// ("GB18030", "UTF-8", "windows-1252", …), "" when it has none.
std::string detect_charset(std::string_view bytes);

}  // namespace formwork
