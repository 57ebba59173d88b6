#include "cli/error_report.h"

#include <unicode/utf8.h>

#include <cstdint>
#include <string_view>

#include "util/errors.h"

namespace formwork {

namespace {

// `s` with each byte that is not part of well-formed UTF-8 written as
// "\xNN": messages quote file names and input, and stderr must stay
// readable text (a file name in Latin-1 keeps its bytes visible).
std::string printable(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  std::string out;
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0) {
      out.append(s.data() + start, static_cast<size_t>(i - start));
      continue;
    }
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (int32_t b = start; b < i; ++b) {
      out += "\\x";
      out += kHex[p[b] >> 4];
      out += kHex[p[b] & 0xF];
    }
  }
  return out;
}

int print(std::ostream& err, const std::string& prefix, const std::string& what, int code) {
  err << "formwork: " << printable(prefix) << printable(what) << "\n";
  return code;
}

}  // namespace

int report_exception(std::ostream& err, const std::string& prefix) {
  try {
    throw;
  } catch (const UsageError& e) {
    return print(err, prefix, e.what(), kUsage);
  } catch (const DataError& e) {
    print(err, prefix, e.what(), kInvalidData);
    for (const auto& d : e.details) err << "  " << printable(d) << "\n";
    return kInvalidData;
  } catch (const TemplateError& e) {
    return print(err, prefix, std::string("template error: ") + e.what(), kTemplateError);
  } catch (const IoError& e) {
    return print(err, prefix, e.what(), kIoError);
  } catch (const std::exception& e) {
    return print(err, prefix, e.what(), kIoError);
  } catch (...) {
    // Not a std::exception (a library throwing another type): still a
    // message and an exit code, never std::terminate.
    return print(err, prefix, "unexpected failure (an exception of unknown type)", kIoError);
  }
}

}  // namespace formwork
