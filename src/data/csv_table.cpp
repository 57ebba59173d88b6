#include "data/csv_table.h"

#include <csv.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "data/records.h"
#include "data/text_position.h"
#include "util/atomic_file.h"
#include "util/errors.h"
#include "util/utf8.h"

namespace formwork {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

/// What libcsv's callbacks build: the rows, and the line each row starts on.
struct Builder {
  SheetTable* table;
  int line = 1;         ///< line of the bytes being parsed
  bool in_row = false;  ///< a field of the current row was seen
  SheetRow row;
  int next_row_line = 1;  ///< where the row after the last complete one starts
};

void on_field(void* data, size_t len, void* ctx) {
  auto* b = static_cast<Builder*>(ctx);
  if (!b->in_row) {
    b->row = SheetRow{b->line, {}};
    b->in_row = true;
  }
  if (len == 0) {
    b->row.cells.emplace_back(std::nullopt);
  } else {
    b->row.cells.emplace_back(SheetCell{std::string(static_cast<const char*>(data), len)});
  }
}

bool blank(const SheetRow& row) {
  return std::all_of(row.cells.begin(), row.cells.end(), [](const auto& c) { return !c; });
}

void on_row_end(int, void* ctx) {
  auto* b = static_cast<Builder*>(ctx);
  if (b->in_row && !blank(b->row)) b->table->rows.push_back(std::move(b->row));
  b->in_row = false;
  b->next_row_line = b->line + 1;
}

// No trimming: a field's spaces are data.
int never_space(unsigned char) { return 0; }

// UTF-8 text or a DataError naming what the bytes look like and the option
// that reads them.
std::string checked_utf8(std::string_view bytes, const std::string& name) {
  if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
  try {
    check_utf8(bytes, name);
  } catch (const DataError& e) {
    const std::string charset = detect_charset(bytes);
    if (charset.empty() || charset == "UTF-8") throw;
    throw DataError(std::string(e.what()) + ", or read it with --encoding " + ascii_lower(charset));
  }
  return std::string(bytes);
}

}  // namespace

void parse_delimited(std::string_view text, unsigned char delimiter, SheetTable& table) {
  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) throw std::bad_alloc();
  std::unique_ptr<csv_parser, void (*)(csv_parser*)> guard(&parser, csv_free);
  csv_set_delim(&parser, delimiter);
  csv_set_space_func(&parser, never_space);
  Builder b{&table, 1, false, {}, 1};
  // Line by line, so that each row knows the line it starts on.
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    end = end == std::string_view::npos ? text.size() : end + 1;
    const size_t n = end - at;
    if (csv_parse(&parser, text.data() + at, n, on_field, on_row_end, &b) != n) {
      throw DataError(table.file + " line " + std::to_string(b.line) + ": " +
                      csv_strerror(csv_error(&parser)) +
                      " (a quote inside a field that is not "
                      "quoted as a whole, or a quoted field followed by other text)");
    }
    b.line += text[end - 1] == '\n' ? 1 : 0;
    at = end;
  }
  if (csv_fini(&parser, on_field, on_row_end, &b) != 0) {
    throw DataError(table.file + " line " + std::to_string(b.next_row_line) +
                    ": a quoted field is not closed before the end of the file (a quote \" is "
                    "missing)");
  }
}

std::string to_utf8(std::string_view bytes, const std::string& encoding, std::string_view what) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(encoding.c_str(), &status));
  if (U_FAILURE(status) || !conv) {
    throw UsageError("unknown encoding '" + encoding + "' (ICU converter names: gb18030, gbk, " +
                     "big5, windows-1258, utf-16le, …)");
  }
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::u16string units(bytes.size() + 1, u'\0');
  const char* src = bytes.data();
  UChar* dst = reinterpret_cast<UChar*>(units.data());
  ucnv_toUnicode(conv.get(), &dst, dst + units.size(), &src, bytes.data() + bytes.size(), nullptr,
                 true, &status);
  if (U_FAILURE(status)) {
    // src stands after the offending sequence; step back over it.
    int8_t len = 32;
    char bad[32];
    UErrorCode s2 = U_ZERO_ERROR;
    ucnv_getInvalidChars(conv.get(), bad, &len, &s2);
    const size_t offset = static_cast<size_t>(src - bytes.data()) - static_cast<size_t>(len);
    throw DataError(std::string(what) + " is not valid " + encoding + " (line " +
                    std::to_string(line_at(bytes, offset)) + ", byte " +
                    std::to_string(offset + 1) + ")");
  }
  units.resize(static_cast<size_t>(dst - reinterpret_cast<UChar*>(units.data())));
  if (units.starts_with(u"\uFEFF")) units.erase(0, 1);
  std::string out;
  icu::UnicodeString(false, reinterpret_cast<const UChar*>(units.data()),
                     static_cast<int32_t>(units.size()))
      .toUTF8String(out);
  return out;
}

SheetTable read_delimited(const std::string& path, const std::string& encoding) {
  SheetTable table;
  table.file = std::filesystem::path(path).filename().string();
  const std::string bytes = read_file(path, "data");
  const std::string text =
      encoding.empty() ? checked_utf8(bytes, table.file) : to_utf8(bytes, encoding, table.file);
  const bool tsv = ascii_lower(std::filesystem::path(path).extension().string()) == ".tsv";
  parse_delimited(text, tsv ? CSV_TAB : CSV_COMMA, table);
  return table;
}

}  // namespace formwork
