#include "validate/messages.h"

#include <re2/re2.h>

#include <cstdlib>
#include <memory>
#include <vector>

namespace formwork {

namespace {

/// One message of the table: the English text as a full-match RE2 pattern
/// and its Chinese and Vietnamese forms with \1, \2 for the captures.
struct Entry {
  const char* en;
  const char* zh;
  const char* vi;
};

// The English texts are those of valijson 0.7 (after valijson_errors.cpp
// tidies them) and of schema_keywords.cpp.
const Entry kTable[] = {
    {"required, but missing", "必填项，但缺少", "bắt buộc nhưng bị thiếu"},
    {"property not allowed by the schema \\(additionalProperties is false\\)",
     "表中没有此项（不允许额外字段）",
     "trường không có trong lược đồ (không cho phép trường thêm)"},
    {"Value type not permitted by 'type' constraint", "数据类型不符", "sai kiểu dữ liệu"},
    {"Expected number greater than or equal to (\\S+)", "应不小于 \\1",
     "phải lớn hơn hoặc bằng \\1"},
    {"Expected number less than or equal to (\\S+)", "应不大于 \\1", "phải nhỏ hơn hoặc bằng \\1"},
    {"Expected number greater than (\\S+)", "应大于 \\1", "phải lớn hơn \\1"},
    {"Expected number less than (\\S+)", "应小于 \\1", "phải nhỏ hơn \\1"},
    {"String should be no fewer than (\\d+) characters in length", "应至少有 \\1 个字符",
     "phải có ít nhất \\1 ký tự"},
    {"String should be no more than (\\d+) characters in length", "最多 \\1 个字符",
     "tối đa \\1 ký tự"},
    {"Array should contain no fewer than (\\d+) elements", "应至少有 \\1 行",
     "phải có ít nhất \\1 dòng"},
    {"Array should contain no more than (\\d+) elements", "最多 \\1 行", "tối đa \\1 dòng"},
    {"Failed to match against any enum values", "不是允许的取值之一",
     "không thuộc các giá trị cho phép"},
    {"Failed to match expected value set by 'const' constraint", "不是规定的取值",
     "không đúng giá trị quy định"},
    {"String should be a valid date \\(no such day in that month\\)",
     "不是有效日期（该月没有这一天）", "không phải ngày hợp lệ (tháng đó không có ngày này)"},
    {"String should be a valid date", "不是有效日期（应为 YYYY-MM-DD）",
     "không phải ngày hợp lệ (cần dạng YYYY-MM-DD)"},
    {"String should be a valid time", "不是有效时间", "không phải giờ hợp lệ"},
    {"String should be a valid date-time", "不是有效的日期时间", "không phải ngày giờ hợp lệ"},
    {"does not match the pattern (.+)", "不符合格式 \\1", "không khớp mẫu \\1"},
    {"(\\S+) has (\\d+) decimals?, at most (\\d+) allowed", "\\1 有 \\2 位小数，最多允许 \\3 位",
     "\\1 có \\2 chữ số thập phân, tối đa \\3"},
};

const char* pick(const Entry& e, Lang lang) { return lang == Lang::zh ? e.zh : e.vi; }

/// The message body in `lang`, or the body itself when it is not in the
/// table.
std::string translate_body(const std::string& body, Lang lang) {
  static const std::vector<std::unique_ptr<RE2>> patterns = [] {
    std::vector<std::unique_ptr<RE2>> v;
    for (const Entry& e : kTable) v.push_back(std::make_unique<RE2>(e.en));
    return v;
  }();
  for (size_t i = 0; i < patterns.size(); ++i) {
    std::string out = body;
    if (RE2::FullMatch(body, *patterns[i]) &&
        RE2::Replace(&out, *patterns[i], pick(kTable[i], lang))) {
      return out;
    }
  }
  return body;
}

/// The "(value: …)" / "(value is …)" suffix in `lang`, the value unchanged.
std::string translate_value_suffix(const std::string& suffix, Lang lang) {
  for (const char* prefix : {" (value: ", " (value is "}) {
    const std::string p = prefix;
    if (suffix.rfind(p, 0) == 0) {
      const std::string value = suffix.substr(p.size(), suffix.size() - p.size() - 1);
      return lang == Lang::zh ? "（值：" + value + "）" : " (giá trị: " + value + ")";
    }
  }
  return suffix;
}

/// "费用 row 1" → "费用 第1行" / "费用 dòng 1" inside the label.
std::string translate_rows(std::string label, Lang lang) {
  static const RE2 row(" row (\\d+)");
  RE2::GlobalReplace(&label, row, lang == Lang::zh ? " 第\\1行" : " dòng \\1");
  return label;
}

Lang from_locale() {
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(var);
    if (v == nullptr || *v == '\0') continue;
    const std::string_view s(v);
    if (s.rfind("zh", 0) == 0) return Lang::zh;
    if (s.rfind("vi", 0) == 0) return Lang::vi;
    return Lang::en;
  }
  return Lang::en;
}

}  // namespace

Lang message_language(std::string_view option) {
  if (option == "zh") return Lang::zh;
  if (option == "vi") return Lang::vi;
  if (option == "en") return Lang::en;
  return from_locale();
}

std::string record_label(size_t record, size_t line, Lang lang) {
  const std::string r = std::to_string(record), l = std::to_string(line);
  switch (lang) {
    case Lang::zh:
      return "第 " + r + " 条记录（第 " + l + " 行）";
    case Lang::vi:
      return "bản ghi " + r + " (dòng " + l + ")";
    default:
      return "record " + r + " (line " + l + ")";
  }
}

std::string invalid_record_header(size_t record, size_t line, Lang lang) {
  const std::string label = record_label(record, line, lang);
  switch (lang) {
    case Lang::zh:
      return label + "数据有误，未写出任何文件：";
    case Lang::vi:
      return label + " không hợp lệ, không ghi tệp nào:";
    default:
      return label + " is invalid, nothing written for it:";
  }
}

std::string problems_header(size_t record, size_t line, size_t problems, Lang lang) {
  const std::string label = record_label(record, line, lang), n = std::to_string(problems);
  switch (lang) {
    case Lang::zh:
      return label + "：" + n + " 个问题";
    case Lang::vi:
      return label + ": " + n + " lỗi";
    default:
      return label + ": " + n + (problems == 1 ? " problem" : " problems");
  }
}

std::string valid_summary(size_t valid, size_t records, const std::string& tpl, Lang lang) {
  const std::string v = std::to_string(valid), n = std::to_string(records);
  switch (lang) {
    case Lang::zh:
      return n + " 条记录中 " + v + " 条符合 " + tpl;
    case Lang::vi:
      return v + " trên " + n + " bản ghi hợp lệ theo " + tpl;
    default:
      return v + " of " + n + " records valid against " + tpl;
  }
}

std::string translate_problem(const std::string& line, Lang lang) {
  if (lang == Lang::en) return line;
  // "LABEL: BODY[ (value: V)]": the label is the pointer with its
  // "(… row N, title)", which ends at the first ": " after it.
  const size_t colon = line.find(": ");
  if (colon == std::string::npos) return line;
  std::string label = translate_rows(line.substr(0, colon), lang);
  std::string body = line.substr(colon + 2), suffix;
  for (const char* marker : {" (value: ", " (value is "}) {
    const size_t at = body.rfind(marker);
    if (at != std::string::npos && !body.empty() && body.back() == ')') {
      suffix = body.substr(at);
      body.resize(at);
      break;
    }
  }
  return label + (lang == Lang::zh ? "：" : ": ") + translate_body(body, lang) +
         translate_value_suffix(suffix, lang);
}

}  // namespace formwork
