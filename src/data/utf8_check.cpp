// check_utf8 (declared in records.h): ICU validates the bytes and, when they
// are not UTF-8, ICU's charset detector names what they probably are.
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include <array>
#include <memory>
#include <optional>
#include <string>

#include "data/records.h"
#include "data/text_position.h"
#include "util/errors.h"

namespace formwork {
namespace {

struct ByteOrderMark {
  std::string_view bytes;
  const char* encoding;
};

// UTF-32LE's mark starts with UTF-16LE's, so the longer marks come first.
constexpr std::array<ByteOrderMark, 4> kForeignBoms = {{
    {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
    {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
    {std::string_view("\xFF\xFE", 2), "UTF-16LE"},
    {std::string_view("\xFE\xFF", 2), "UTF-16BE"},
}};

// Offset of the first byte that is not part of well-formed UTF-8, or of a NUL
// byte (valid UTF-8 but never in JSON text; it betrays UTF-16/32 without a
// byte order mark).
std::optional<std::size_t> first_invalid_byte(std::string_view bytes) {
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto n = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c <= 0) return static_cast<std::size_t>(start);
  }
  return std::nullopt;
}

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// ICU's best guess at the charset of `bytes`, or "" when it has none.
std::string detect_charset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return "";
  ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return "";
  const char* name = ucsdet_getName(match, &status);
  return U_FAILURE(status) || name == nullptr ? "" : name;
}

std::string iconv_hint(const std::string& encoding) {
  return "convert it with iconv -f " + encoding + " -t UTF-8";
}

}  // namespace

void check_utf8(std::string_view bytes, std::string_view what) {
  const std::string name(what.empty() ? "input" : what);
  for (const ByteOrderMark& bom : kForeignBoms) {
    if (bytes.substr(0, bom.bytes.size()) == bom.bytes) {
      throw DataError(name + " is not UTF-8 (it starts with the byte order mark of " +
                      bom.encoding + "); " + iconv_hint(bom.encoding));
    }
  }
  const std::optional<std::size_t> bad = first_invalid_byte(bytes);
  if (!bad) return;
  const LineColumn pos = line_column_at(bytes, *bad);
  const std::string where = "first invalid byte at line " + std::to_string(pos.line) + ", column " +
                            std::to_string(pos.column);
  std::string charset = detect_charset(bytes);
  // ICU's UTF-8 recogniser tolerates a few bad sequences; that guess is no
  // help when the bytes are known not to be UTF-8.
  if (charset.empty() || charset == "UTF-8") {
    throw DataError(name + " is not UTF-8 (encoding not recognised, " + where +
                    "); convert it to UTF-8, e.g. with iconv -f <encoding> -t UTF-8");
  }
  throw DataError(name + " is not UTF-8 (looks like " + charset + ", " + where + "); " +
                  iconv_hint(charset));
}

}  // namespace formwork
