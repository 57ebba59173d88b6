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

}  // namespace

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

namespace {

/// A file format recognised by its first bytes (its "magic number").
struct Signature {
  std::string_view magic;
  const char* description;
};

constexpr std::array<Signature, 6> kSignatures = {{
    {std::string_view("PK\x03\x04", 4), "a ZIP archive"},
    {std::string_view("PK\x05\x06", 4), "a ZIP archive"},
    {std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8),
     "an OLE2 compound file (an Excel 97-2003 .xls or Word .doc)"},
    {std::string_view("%PDF-", 5), "a PDF file"},
    {std::string_view("\x1F\x8B", 2), "a gzip-compressed file"},
    {std::string_view("\x42\x5A\x68", 3), "a bzip2-compressed file"},
}};

// An Office Open XML or OpenDocument package is a ZIP whose member names
// (stored uncompressed in the local headers) give the kind away.
std::string zip_kind(std::string_view bytes) {
  if (bytes.find("xl/workbook.xml") != std::string_view::npos) return " (an XLSX workbook)";
  if (bytes.find("word/document.xml") != std::string_view::npos) return " (a DOCX document)";
  if (bytes.find("application/vnd.oasis.opendocument") != std::string_view::npos) {
    return " (an OpenDocument file)";
  }
  return " (perhaps an XLSX or DOCX file)";
}

// "DATA is a ZIP archive (an XLSX workbook), not JSON; …" for a file in a
// binary format given as data, or "" when no signature matches.
std::string binary_format_message(std::string_view bytes, const std::string& name) {
  for (const Signature& sig : kSignatures) {
    if (!bytes.starts_with(sig.magic)) continue;
    std::string what = sig.description;
    if (what == "a ZIP archive") what += zip_kind(bytes);
    std::string hint = "give the records as JSON, JSON Lines, CSV or XLSX";
    if (sig.magic == "\x1F\x8B" || sig.magic == "\x42\x5A\x68") {
      hint = "decompress it first";
    } else if (what.find("XLSX workbook") != std::string::npos) {
      hint = "a workbook is read as records when its name ends in .xlsx (docs/data-input.md)";
    }
    return name + " is " + what + ", not JSON; " + hint;
  }
  return "";
}

std::string iconv_hint(const std::string& encoding) {
  return "convert it with iconv -f " + encoding + " -t UTF-8";
}

}  // namespace

void check_utf8(std::string_view bytes, std::string_view what) {
  const std::string name(what.empty() ? "input" : what);
  // Before any charset guess: a ZIP is not "windows-1252".
  if (std::string binary = binary_format_message(bytes, name); !binary.empty()) {
    throw DataError(binary);
  }
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
