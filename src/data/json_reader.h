#pragma once
// The JSON reader behind parse_json and parse_records: nlohmann's SAX parser
// feeding a builder of formwork::Value, with byte positions kept so errors
// and records can name their lines.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/value.h"

namespace formwork {

/// A parsed JSON text plus, when the root is an array, the byte offset at
/// which each of its elements starts (offsets are into the parsed text).
struct ParsedJson {
  Value value;
  std::vector<std::size_t> element_offsets;
};

/// Parses one JSON text (RFC 8259; no BOM expected — strip it first) into a
/// Value: integers and decimals become exact Decimals from their source
/// text, objects keep member order, strings and keys are normalised to
/// Unicode NFC (UAX #15), so text typed with combining marks equals
/// precomposed text (a key "Tiền" in NFD and in NFC is the same key: the
/// second is a duplicate). Throws DataError
/// "line L, column C: <what is wrong>" for malformed JSON, duplicate keys
/// ("duplicate key \"金额\"") and numbers that do not fit a Decimal. Lines
/// are reported as `first_line` + the line within `text` - 1, so a line of a
/// JSON Lines file can be parsed on its own and still name its file line.
ParsedJson read_json(std::string_view text, int first_line = 1);

/// nlohmann's exception text without its "[json.exception.parse_error.101]
/// parse error at line 1, column 2: " prefix (positions are computed from
/// byte offsets instead), e.g. "syntax error while parsing value - unexpected
/// end of input; expected '[', '{', or a literal".
std::string json_error_explanation(const std::string& what);

}  // namespace formwork
