#include "data/mojibake.h"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <memory>

#include "model/value_walk.h"
#include "util/utf8.h"

namespace formwork {
namespace {

/// The windows-1252 byte for `c`, or -1 when cp1252/Latin-1 cannot hold it.
/// U+0080..U+009F give their Latin-1 byte: that is how the five bytes cp1252
/// leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) come through a decoder, and
/// how every 0x80..0x9F byte comes through a Latin-1 one.
int cp1252_byte(char32_t c) {
  if (c < 0x100) return static_cast<int>(c);
  switch (c) {
    case 0x20AC: return 0x80;
    case 0x201A: return 0x82;
    case 0x0192: return 0x83;
    case 0x201E: return 0x84;
    case 0x2026: return 0x85;
    case 0x2020: return 0x86;
    case 0x2021: return 0x87;
    case 0x02C6: return 0x88;
    case 0x2030: return 0x89;
    case 0x0160: return 0x8A;
    case 0x2039: return 0x8B;
    case 0x0152: return 0x8C;
    case 0x017D: return 0x8E;
    case 0x2018: return 0x91;
    case 0x2019: return 0x92;
    case 0x201C: return 0x93;
    case 0x201D: return 0x94;
    case 0x2022: return 0x95;
    case 0x2013: return 0x96;
    case 0x2014: return 0x97;
    case 0x02DC: return 0x98;
    case 0x2122: return 0x99;
    case 0x0161: return 0x9A;
    case 0x203A: return 0x9B;
    case 0x0153: return 0x9C;
    case 0x017E: return 0x9E;
    case 0x0178: return 0x9F;
    default: return -1;
  }
}

/// Letters and tone marks of the Vietnamese alphabet beyond ASCII, precomposed
/// or combining.
bool is_vietnamese_letter(char32_t c) {
  switch (c) {
    case 0xC0: case 0xC1: case 0xC2: case 0xC3: case 0xC8: case 0xC9: case 0xCA:
    case 0xCC: case 0xCD: case 0xD2: case 0xD3: case 0xD4: case 0xD5: case 0xD9:
    case 0xDA: case 0xDD:
    case 0xE0: case 0xE1: case 0xE2: case 0xE3: case 0xE8: case 0xE9: case 0xEA:
    case 0xEC: case 0xED: case 0xF2: case 0xF3: case 0xF4: case 0xF5: case 0xF9:
    case 0xFA: case 0xFD:
    case 0x0102: case 0x0103:  // Ă ă
    case 0x0110: case 0x0111:  // Đ đ
    case 0x0128: case 0x0129:  // Ĩ ĩ
    case 0x0168: case 0x0169:  // Ũ ũ
    case 0x01A0: case 0x01A1:  // Ơ ơ
    case 0x01AF: case 0x01B0:  // Ư ư
    case 0x0300: case 0x0301: case 0x0302: case 0x0303: case 0x0306: case 0x0309:
    case 0x031B: case 0x0323:  // tone marks, circumflex, breve, horn
      return true;
    default: return c >= 0x1EA0 && c <= 0x1EF9;
  }
}

/// Punctuation and symbols that may stand beside Vietnamese letters.
bool is_neutral_symbol(char32_t c) {
  return (c >= 0xA0 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2010 && c <= 0x206F) ||
         c == 0x20AB || c == 0x20AC;
}

/// Non-Han characters Chinese text in GB18030 plausibly holds: CJK, general
/// and fullwidth punctuation and the symbols of GB2312's rows 1-9 (numbered
/// forms, arrows, box drawing, Greek, Cyrillic, kana, bopomofo, pinyin).
bool is_chinese_companion(char32_t c) {
  return c == 0x00B7 || c == 0x00D7 || c == 0x00F7 || c == 0x00A4 || c == 0x00A7 ||
         c == 0x00A8 || c == 0x00B0 || c == 0x00B1 || (c >= 0x0100 && c <= 0x01DC) ||
         c == 0x0251 || c == 0x0261 || (c >= 0x02C7 && c <= 0x02D9) ||
         (c >= 0x0391 && c <= 0x03C9) || (c >= 0x0401 && c <= 0x0451) ||
         (c >= 0x2010 && c <= 0x206F) || (c >= 0x2100 && c <= 0x2BFF) ||
         (c >= 0x3000 && c <= 0x312F) || (c >= 0x3200 && c <= 0x33FF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF01 && c <= 0xFFE5);
}

/// `bytes` as strict UTF-8 that reads as Chinese (holds Han) or Vietnamese
/// (its non-ASCII characters are letters of the Vietnamese alphabet, with
/// punctuation), or "".
std::string as_utf8(const std::string& bytes) {
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t n = static_cast<int32_t>(bytes.size());
  bool han = false, vietnamese = false, other = false;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return "";
    if (c < 0x80) continue;
    if (c <= 0x9F) return "";  // C1 controls are no one's text
    const auto cp = static_cast<char32_t>(c);
    if (is_han(cp)) {
      han = true;
    } else if (is_vietnamese_letter(cp)) {
      vietnamese = true;
    } else if (!is_neutral_symbol(cp)) {
      other = true;
    }
  }
  return han || (vietnamese && !other) ? bytes : "";
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

/// `bytes` as strict GB18030 that reads as Chinese, as UTF-8, or "".
std::string as_gb18030(const std::string& bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open("GB18030", &status));
  if (U_FAILURE(status)) return "";
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return "";
  const char* src = bytes.data();
  const char* const end = src + bytes.size();
  std::string out;
  int han = 0, other = 0, pairs = 0, gb2312_pairs = 0;
  int han_in_words = 0;  // Han next to another Han, as Chinese words are
  bool after_han = false, counted_previous = false;
  while (src < end) {
    const char* start = src;
    UChar32 c = ucnv_getNextUChar(conv.get(), &src, end, &status);
    if (U_FAILURE(status) || c < 0 || c == 0xFFFD || c == 0x1A) return "";
    const size_t len = static_cast<size_t>(src - start);
    if (len >= 2) {
      ++pairs;
      if (len == 2 && static_cast<uint8_t>(start[0]) >= 0xA1 &&
          static_cast<uint8_t>(start[1]) >= 0xA1) {
        ++gb2312_pairs;
      }
    }
    const auto cp = static_cast<char32_t>(c);
    if (is_han(cp)) {
      ++han;
      if (after_han) {
        han_in_words += counted_previous ? 1 : 2;
        counted_previous = true;
      } else {
        counted_previous = false;
      }
      after_han = true;
    } else {
      after_han = false;
      if (cp >= 0x80) {
        if (!is_chinese_companion(cp)) return "";
        ++other;
      }
    }
    uint8_t buf[4];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buf, n, 4, c, error);
    if (error) return "";
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
  }
  // Latin text pairs its accented letters up too ("Ação" gives A玢o,
  // "créée" cr殚e), but into lone characters between ASCII letters.
  if (han < 2 || han <= other || han_in_words * 2 < han || gb2312_pairs < 2 ||
      gb2312_pairs * 2 < pairs) {
    return "";
  }
  return out;
}

/// Decides about one run of cp1252-encodable text holding non-ASCII. Spaces
/// around the run read the same either way; the finding leaves them out.
std::optional<MojibakeFinding> judge(std::string_view run, const std::string& bytes) {
  std::string encoding = "UTF-8";
  std::string recovered = as_utf8(bytes);
  if (recovered.empty()) {
    encoding = "GB18030";
    recovered = as_gb18030(bytes);
  }
  if (recovered.empty()) return std::nullopt;
  return MojibakeFinding{std::string(trim_spaces(run)), std::string(trim_spaces(recovered)),
                         std::move(encoding)};
}

constexpr size_t kShown = 40;  // characters of each text shown in a message

/// `text` for a message: cut after kShown characters with "…", controls
/// written as \uXXXX so a terminal shows them.
std::string shown(std::string_view text) {
  std::string out;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  size_t count = 0;
  for (int32_t i = 0; i < n;) {
    if (count == kShown) {
      out += "…";
      break;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    ++count;
    if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '"' || c == '\\') {
      if (c == '"' || c == '\\') {
        out += '\\';
        out += static_cast<char>(c);
      } else {
        static const char* hex = "0123456789ABCDEF";
        out += "\\u00";
        out += hex[(c >> 4) & 0xF];
        out += hex[c & 0xF];
      }
    } else {
      out.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  return out;
}

std::string problem(const std::string& pointer, std::string_view what, std::string_view text) {
  const std::optional<MojibakeFinding> f = find_mojibake(text);
  if (!f) return "";
  return (pointer.empty() ? "/" : pointer) + ": " + std::string(what) +
         "looks like mojibake (text decoded with the wrong encoding): \"" + shown(f->mojibake) +
         "\" reads as \"" + shown(f->recovered) + "\" in " + f->encoding +
         "; fix the data's encoding";
}

}  // namespace

std::optional<MojibakeFinding> find_mojibake(std::string_view text) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t run_start = 0;
  std::string bytes;
  bool non_ascii = false;
  auto close_run = [&](int32_t run_end) -> std::optional<MojibakeFinding> {
    std::optional<MojibakeFinding> found;
    if (non_ascii) {
      found = judge(text.substr(static_cast<size_t>(run_start),
                                static_cast<size_t>(run_end - run_start)),
                    bytes);
    }
    bytes.clear();
    non_ascii = false;
    return found;
  };
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    const int b = c < 0 ? -1 : cp1252_byte(static_cast<char32_t>(c));
    if (b < 0) {
      if (auto f = close_run(start)) return f;
      run_start = i;
      continue;
    }
    if (b >= 0x80) non_ascii = true;
    bytes += static_cast<char>(b);
  }
  return close_run(n);
}

std::vector<std::string> mojibake_problems(const Value& record) {
  std::vector<std::string> out;
  auto add = [&](std::string line) {
    if (!line.empty()) out.push_back(std::move(line));
  };
  walk_values(record, [&](const WalkedValue& w) {
    if (w.member_name) add(problem(w.pointer, "member name: ", *w.member_name));
    if (w.value.is_string()) add(problem(w.pointer, "", w.value.as_string()));
  });
  return out;
}

}  // namespace formwork
