#pragma once
// The data side of the forbidden-character policy (util/forbidden_chars.h):
// a record whose text holds a character no output may carry is invalid data.
#include <string>
#include <vector>

#include "model/value.h"

namespace formwork {

/// One line per string value or member name of `record` holding forbidden
/// characters (C0/C1 controls other than TAB, LF, CR; noncharacters such as
/// U+FFFE and U+FFFF; surrogates), all at once, in document order:
///   "/备注: character 3 is U+FFFF, a noncharacter, which document text may
///    not contain (XML 1.0 §2.2); also U+0007 at 9"
/// (positions count code points from 1). A member name is reported at the
/// member's pointer as "/a~1b: member name: character 2 is …". Empty when
/// the record is clean.
std::vector<std::string> forbidden_char_problems(const Value& record);

}  // namespace formwork
