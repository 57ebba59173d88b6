#pragma once
// CSV and TSV data files (RFC 4180 quoting, through libcsv) as a SheetTable.
#include <string>
#include <string_view>

#include "data/sheet_table.h"

namespace formwork {

/// Reads `path` as CSV, or as TSV (tab-separated) when its name ends in
/// ".tsv". Fields keep their spaces; quoted fields may hold separators,
/// quotes ("") and line breaks; blank lines are skipped. Each row's
/// `number` is the line it starts on. Every cell is Kind::Text.
///
/// `encoding`: "" reads UTF-8 (a byte order mark is skipped) and refuses
/// anything else, naming the encoding ICU's detector sees and the option
/// that reads it ("looks like GB18030 …; read it with --encoding gb18030");
/// otherwise the ICU converter name of the file's encoding ("gb18030",
/// "gbk", "windows-1258", …), and bytes invalid in it are an error at
/// their line and column, never a replacement character.
///
/// Throws IoError (unreadable), UsageError (an encoding ICU does not know)
/// and DataError (wrong encoding, malformed quoting: file and line).
SheetTable read_delimited(const std::string& path, const std::string& encoding);

/// Appends the rows of UTF-8 `text`, fields separated by `delimiter` (',' or
/// '\t'), to `table` (whose `file` names it in messages), as
/// read_delimited does. Throws DataError for malformed quoting.
void parse_delimited(std::string_view text, unsigned char delimiter, SheetTable& table);

/// `bytes` in `encoding` (an ICU converter name) as UTF-8. Throws
/// UsageError for an unknown encoding and DataError naming `what`, the
/// line and column of the first byte sequence that is not valid in it.
std::string to_utf8(std::string_view bytes, const std::string& encoding, std::string_view what);

}  // namespace formwork
