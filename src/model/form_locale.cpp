#include "model/form_locale.h"

#include <unicode/dcfmtsym.h>
#include <unicode/decimfmt.h>
#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>
#include <vector>

namespace formwork {

namespace {

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

[[noreturn]] void unsupported(const std::string& code, const std::string& what) {
  throw std::invalid_argument("number format '" + code + "' has " + what +
                              ", which only a spreadsheet can show; give the cell its text");
}

// The ICU pattern (ICU DecimalFormat syntax: digits 0 # , . %, literals in
// apostrophes) for one section of an Excel format code.
std::string icu_section(const std::string& code, std::string_view section) {
  std::string out;
  auto literal = [&](std::string_view text) {
    if (text.empty()) return;
    out += '\'';
    for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
    out += '\'';
  };
  for (size_t i = 0; i < section.size();) {
    const char c = section[i];
    if (c == '"') {
      size_t end = section.find('"', i + 1);
      if (end == std::string_view::npos) unsupported(code, "an unclosed quote");
      literal(section.substr(i + 1, end - i - 1));
      i = end + 1;
    } else if (c == '\\' && i + 1 < section.size()) {
      size_t len = 1;
      while (i + 1 + len < section.size() && (section[i + 1 + len] & 0xC0) == 0x80) ++len;
      literal(section.substr(i + 1, len));
      i += 1 + len;
    } else if (c == '[') {
      size_t end = section.find(']', i);
      if (end == std::string_view::npos || section.substr(i, 3) != "[$-") {
        unsupported(code, "a colour or condition in brackets");
      }
      i = end + 1;  // a language tag: the form's locale decides
    } else if (c == '0' || c == '#' || c == ',' || c == '.' || c == '%') {
      out += c;
      ++i;
    } else if (std::string_view("@*_?/Ee").find(c) != std::string_view::npos ||
               std::string_view("yYmMdDhHsS").find(c) != std::string_view::npos) {
      unsupported(code, std::string("'") + c + "'");
    } else {
      size_t len = 1;
      while (i + len < section.size() && (section[i + len] & 0xC0) == 0x80) ++len;
      literal(section.substr(i, len));
      i += len;
    }
  }
  return out;
}

// Sections of a format code split at ';' outside quotes.
std::vector<std::string_view> sections(std::string_view code) {
  std::vector<std::string_view> out;
  bool quoted = false;
  size_t start = 0;
  for (size_t i = 0; i < code.size(); ++i) {
    if (code[i] == '"') quoted = !quoted;
    if (code[i] == '\\') ++i;
    if (code[i] == ';' && !quoted) {
      out.push_back(code.substr(start, i - start));
      start = i + 1;
    }
  }
  out.push_back(code.substr(start));
  return out;
}

// Position of "General" (any case) outside quotes, or npos.
size_t find_general(std::string_view section) {
  bool quoted = false;
  for (size_t i = 0; i < section.size(); ++i) {
    if (section[i] == '"') quoted = !quoted;
    if (!quoted && starts_with_ci(section.substr(i), "general")) return i;
  }
  return std::string_view::npos;
}

// The text a part of a format code around General shows: quoted and
// escaped text and other literal characters; language tags dropped.
std::string literal_text(const std::string& code, std::string_view part) {
  std::string pattern = icu_section(code, part);
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '\'') unsupported(code, "digits beside General");
    size_t end = i + 1;
    for (;; ++end) {
      if (end >= pattern.size()) break;
      if (pattern[end] == '\'' && end + 1 < pattern.size() && pattern[end + 1] == '\'') {
        out += '\'';
        ++end;
        continue;
      }
      if (pattern[end] == '\'') break;
      out += pattern[end];
    }
    i = end;
  }
  return out;
}

std::string general(const Decimal& amount, FormLocale locale) {
  std::string text = amount.to_string();
  if (locale == FormLocale::ViVN) {
    for (char& c : text) {
      if (c == '.') c = ',';
    }
  }
  return text;
}

}  // namespace

std::optional<FormLocale> parse_form_locale(std::string_view tag) {
  if (tag == "zh-CN" || tag == "zh_CN") return FormLocale::ZhCN;
  if (tag == "vi-VN" || tag == "vi_VN") return FormLocale::ViVN;
  return std::nullopt;
}

const char* form_locale_tag(FormLocale locale) {
  return locale == FormLocale::ViVN ? "vi-VN" : "zh-CN";
}

const char* form_locale_icu_id(FormLocale locale) {
  return locale == FormLocale::ViVN ? "vi_VN" : "zh_CN";
}

std::string localized_number_format(const std::string& format_code, FormLocale locale) {
  if (locale == FormLocale::ZhCN || format_code.empty() || format_code.rfind("[$-", 0) == 0) {
    return format_code;
  }
  return "[$-42A]" + format_code;
}

std::string format_by_number_format(const Decimal& amount, const std::string& format_code,
                                    FormLocale locale) {
  std::vector<std::string_view> parts = sections(format_code);
  if (parts.size() > 2) unsupported(format_code, "a zero or text section");
  std::string_view first = parts[0];
  if (size_t at = find_general(first); parts.size() == 1 && at != std::string_view::npos) {
    return literal_text(format_code, first.substr(0, at)) + general(amount, locale) +
           literal_text(format_code, first.substr(at + 7));
  }
  std::string pattern = icu_section(format_code, parts[0]);
  if (parts.size() == 2) pattern += ";" + icu_section(format_code, parts[1]);
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale icu_locale(form_locale_icu_id(locale));
  auto symbols = std::make_unique<icu::DecimalFormatSymbols>(icu_locale, status);
  icu::DecimalFormat format(icu::UnicodeString::fromUTF8(pattern), symbols.release(), status);
  if (U_FAILURE(status)) unsupported(format_code, "a pattern ICU cannot read");
  format.setRoundingMode(icu::DecimalFormat::kRoundHalfUp);  // half away from zero, as Excel
  const std::string digits = amount.to_string();
  icu::Formattable number(icu::StringPiece(digits.c_str()), status);
  if (U_FAILURE(status)) throw std::invalid_argument("not a number: " + digits);
  icu::UnicodeString shown;
  format.format(number, shown, status);
  if (U_FAILURE(status)) unsupported(format_code, "a pattern ICU cannot apply");
  std::string out;
  shown.toUTF8String(out);
  return out;
}

}  // namespace formwork
