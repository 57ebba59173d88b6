#include "ooxml/template_tag.h"

#include <unicode/utf8.h>

#include <cctype>
#include <charconv>
#include <cstdio>
#include <string>

#include "picture/picture_error.h"

namespace formwork {

namespace {

constexpr std::size_t kMaxShownChars = 80;
constexpr double kMaxPictureMm = 1000;  // as <image> and <qrcode> (template/parser_picture.cpp)

// Length in bytes of the blank at `s[i]`: ASCII white space, NO-BREAK SPACE
// and IDEOGRAPHIC SPACE (typed between words in Chinese text); 0 if none.
std::size_t blank_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  char c = s[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  if (s.substr(i, 2) == "\xC2\xA0") return 2;
  if (s.substr(i, 3) == "\xE3\x80\x80") return 3;
  return 0;
}

std::size_t blank_before(std::string_view s) {
  if (s.empty()) return 0;
  for (std::size_t n : {1, 2, 3}) {
    if (s.size() >= n && blank_at(s, s.size() - n) == n) return n;
  }
  return 0;
}

std::string_view trim(std::string_view s) {
  while (std::size_t n = blank_at(s, 0)) s.remove_prefix(n);
  while (std::size_t n = blank_before(s)) s.remove_suffix(n);
  return s;
}

// Splits "word rest" at the first blank: {"word", "rest"} (rest trimmed).
std::pair<std::string_view, std::string_view> first_word(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (std::size_t n = blank_at(s, i)) return {s.substr(0, i), trim(s.substr(i + n))};
  }
  return {s, {}};
}

// Splits "rest word" at the last blank: {"rest", "word"} (rest trimmed).
std::pair<std::string_view, std::string_view> last_word(std::string_view s) {
  for (std::size_t end = s.size(); end > 0; --end) {
    std::string_view head = s.substr(0, end);
    if (std::size_t n = blank_before(head)) return {trim(s.substr(0, end - n)), s.substr(end)};
  }
  return {{}, s};
}

// “ ” ‘ ’ as " and ': Word's AutoCorrect replaces typed quotes with these.
std::string straight_quotes(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::string_view rest = s.substr(i);
    if (rest.starts_with("\u201C") || rest.starts_with("\u201D")) {
      out += '"';
      i += 2;
    } else if (rest.starts_with("\u2018") || rest.starts_with("\u2019")) {
      out += '\'';
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Runs `parse` on `source`; if that fails and the source holds typographic
// quotes, on the source with straight quotes, keeping the first error when
// both fail. TemplateError becomes fail_at(site, ": message").
template <class Parse>
auto parse_lenient(std::string_view source, const TagSite& site, Parse parse)
    -> decltype(parse(source)) {
  try {
    return parse(source);
  } catch (const TemplateError& first) {
    std::string straight = straight_quotes(source);
    if (straight != source) {
      try {
        return parse(straight);
      } catch (const TemplateError&) {
      }
    }
    fail_at(site, ": " + first.message);
  }
}

Expression parse_expression(std::string_view source, const TagSite& site) {
  return parse_lenient(source, site,
                       [](std::string_view s) { return Expression::parse(s, SourceLoc{}); });
}

// True when `s` is one quoted string and nothing else: a fixed file name.
bool is_string_literal(std::string_view s) {
  if (s.size() < 2 || (s[0] != '"' && s[0] != '\'')) return false;
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == s[0]) {
      return i + 1 == s.size();
    }
  }
  return false;
}

bool is_name(std::string_view s) {
  if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !std::isalnum(u) && c != '_') return false;
  }
  return true;
}

void parse_each(Tag& tag, std::string_view rest) {
  // "{{#each 行程 as 行}}": `as` is no operator of the language, so a
  // trailing "as NAME" cannot be part of the expression.
  auto [head, name] = last_word(rest);
  auto [before, as] = last_word(head);
  if (as == "as" && !before.empty() && is_name(name)) {
    tag.as_name = std::string(name);
    rest = before;
  }
  tag.expr = parse_expression(rest, tag.site);
}

void parse_block_open(Tag& tag, std::string_view body) {
  auto [keyword, rest] = first_word(body);
  if (keyword == "#each") {
    tag.kind = TagKind::Each;
  } else if (keyword == "#if") {
    tag.kind = TagKind::If;
  } else {
    fail_at(tag.site, ": unknown block tag '" + std::string(keyword) +
                          "'; the block tags are {{#each list}}, {{#if condition}}, {{else}}, "
                          "{{/each}} and {{/if}}");
  }
  if (rest.empty()) {
    fail_at(tag.site, tag.kind == TagKind::Each ? " needs the list to repeat: {{#each 行程}}"
                                                : " needs a condition: {{#if 预借金额 > 0}}");
  }
  if (tag.kind == TagKind::Each) {
    parse_each(tag, rest);
  } else {
    tag.expr = parse_expression(rest, tag.site);
  }
}

void parse_block_close(Tag& tag, std::string_view body) {
  if (body == "/each") {
    tag.kind = TagKind::EndEach;
  } else if (body == "/if") {
    tag.kind = TagKind::EndIf;
  } else {
    fail_at(tag.site, ": unknown closing tag; write {{/each}} or {{/if}}");
  }
}

// A length option "30", "30.5" or "30mm" in [lo, hi] mm.
double length_option(const Tag& tag, std::string_view key, std::string_view value, double lo,
                     double hi) {
  std::string_view digits = value.ends_with("mm") ? value.substr(0, value.size() - 2) : value;
  double mm = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), mm);
  if (ec != std::errc() || end != digits.data() + digits.size() || !(mm >= lo && mm <= hi)) {
    char range[64];
    std::snprintf(range, sizeof range, "%g…%g", lo, hi);
    fail_at(tag.site, ": " + std::string(key) + "=" + std::string(value) +
                          " must be a length in mm within " + range);
  }
  return mm;
}

// Takes the "key=value" options off the end of `rest`, leaving the value
// expression: "印章 width=40" → width 40, expression "印章".
std::string_view picture_options(Tag& tag, std::string_view rest) {
  const bool qr = tag.kind == TagKind::QrCode;
  bool width = false, height = false, size = false, level = false;
  for (;;) {
    auto [head, word] = last_word(rest);
    std::size_t eq = word.find('=');
    if (eq == std::string_view::npos || eq == 0 || word.substr(eq).starts_with("==")) break;
    std::string_view key = word.substr(0, eq), value = word.substr(eq + 1);
    auto once = [&](bool& seen) {
      if (seen) fail_at(tag.site, ": " + std::string(key) + "= is given twice");
      seen = true;
    };
    if (!qr && key == "width") {
      once(width);
      tag.width_mm = length_option(tag, key, value, 0.1, kMaxPictureMm);
    } else if (!qr && key == "height") {
      once(height);
      tag.height_mm = length_option(tag, key, value, 0.1, kMaxPictureMm);
    } else if (qr && key == "size") {
      once(size);
      tag.width_mm = tag.height_mm = length_option(tag, key, value, 5, kMaxPictureMm);
    } else if (qr && key == "level") {
      once(level);
      if (value.size() != 1 || std::string_view("LMQH").find(value[0]) == std::string_view::npos)
        fail_at(tag.site, ": level=" + std::string(value) + " must be L, M, Q or H");
      tag.level = value[0];
    } else {
      fail_at(tag.site, ": unknown option '" + std::string(key) + "'; " +
                            (qr ? "a QR code takes size=mm and level=L|M|Q|H"
                                : "an image takes width=mm and height=mm"));
    }
    rest = head;
  }
  return rest;
}

void parse_picture(Tag& tag, std::string_view body, const PictureFiles* pictures) {
  auto [keyword, rest] = first_word(body);
  if (keyword == "%image") {
    tag.kind = TagKind::Image;
  } else if (keyword == "%qrcode") {
    tag.kind = TagKind::QrCode;
    tag.width_mm = tag.height_mm = 20;  // <qrcode>'s default size
  } else {
    fail_at(tag.site, ": unknown picture tag; write {{%image file}} or {{%qrcode value}}");
  }
  std::string_view source = picture_options(tag, rest);
  if (source.empty()) {
    fail_at(tag.site, tag.kind == TagKind::Image ? " needs the picture's file name: {{%image 印章}}"
                                                 : " needs the value to encode: {{%qrcode 编号}}");
  }
  tag.expr = parse_expression(source, tag.site);
  if (tag.kind != TagKind::Image || !is_string_literal(source)) return;
  std::string name = tag.expr->eval(Scope(Value())).to_text();
  if (name.empty()) return;
  if (pictures == nullptr) fail_at(tag.site, ": no folder to read pictures from");
  try {
    tag.fixed = pictures->load(name);
  } catch (const PictureError& e) {
    fail_at(tag.site, std::string(": ") + e.what());
  }
}

}  // namespace

std::string describe(const TagSite& site) {
  std::string shown = site.text;
  int32_t i = 0, n = static_cast<int32_t>(shown.size());
  for (std::size_t chars = 0; i < n && chars < kMaxShownChars; ++chars)
    U8_FWD_1(shown.data(), i, n);
  if (i < n) shown = shown.substr(0, static_cast<std::size_t>(i)) + "…";
  if (!site.cell.empty()) return site.cell + ": " + shown;
  return site.part + " paragraph " + std::to_string(site.paragraph) + ": " + shown;
}

void fail_at(const TagSite& site, const std::string& detail) {
  throw TemplateError(describe(site) + detail, SourceLoc{site.file, 0, 0});
}

bool is_block(TagKind kind) {
  return kind == TagKind::Each || kind == TagKind::If || kind == TagKind::Else ||
         kind == TagKind::EndEach || kind == TagKind::EndIf;
}

Tag parse_tag(TagSite site, const PictureFiles* pictures) {
  Tag tag;
  tag.site = std::move(site);
  const std::string& text = tag.site.text;
  std::string_view body = trim(std::string_view(text).substr(2, text.size() - 4));
  if (body.starts_with('#')) {
    parse_block_open(tag, body);
  } else if (body.starts_with('/')) {
    parse_block_close(tag, body);
  } else if (body == "else") {
    tag.kind = TagKind::Else;
  } else if (body.starts_with('%')) {
    parse_picture(tag, body, pictures);
  } else {
    tag.text = parse_lenient(
        text, tag.site, [](std::string_view s) { return TextTemplate::parse(s, SourceLoc{}); });
  }
  return tag;
}

void bind_each_item(Scope& inner, const Tag& each, const Value& item, long long index) {
  inner.bind("this", item);
  inner.bind("index", Value(index));
  if (!each.as_name.empty()) inner.bind(each.as_name, item);
}

}  // namespace formwork
