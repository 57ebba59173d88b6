#pragma once
// The language of the messages formwork writes about data problems
// (render and validate --lang zh|vi|en): one table for the three languages.
// Pointers, field names, values and file names are never translated.
#include <cstddef>
#include <string>
#include <string_view>

namespace formwork {

enum class Lang { en, zh, vi };

/// The language of `option` ("zh", "vi", "en"); when it is empty, of the
/// locale (the first set of LC_ALL, LC_MESSAGES, LANG: "zh_CN.UTF-8" → zh,
/// "vi_VN" → vi), otherwise English. Throws nothing.
Lang message_language(std::string_view option);

/// "record 3 (line 7)" in `lang` (record counted from 1).
std::string record_label(size_t record, size_t line, Lang lang);

/// "record 3 (line 7) is invalid, nothing written for it:" in `lang`.
std::string invalid_record_header(size_t record, size_t line, Lang lang);

/// "record 3 (line 7): 2 problems" in `lang`.
std::string problems_header(size_t record, size_t line, size_t problems, Lang lang);

/// "5 of 6 records valid against acceptance" in `lang`.
std::string valid_summary(size_t valid, size_t records, const std::string& tpl, Lang lang);

/// One problem line as RecordChecker makes it ("/费用/0/金额 (费用 row 1):
/// required, but missing") in `lang`: the row numbers of the label and the
/// message for the schema keywords, formwork's own keywords and checks'
/// frame; a message not in the table stays as it is (English). The value
/// shown ("(value: …)") is kept byte for byte.
std::string translate_problem(const std::string& line, Lang lang);

}  // namespace formwork
