#include "model/forbidden_text.h"

#include "model/value_walk.h"
#include "util/forbidden_chars.h"

namespace formwork {
namespace {

constexpr size_t kListed = 5;  // characters named per text; the rest are counted

/// The problem line for `text` at `pointer`, or "" when it is clean.
std::string problem(const std::string& pointer, std::string_view what, std::string_view text) {
  const std::vector<ForbiddenChar> found = find_forbidden_chars(text, kListed + 1);
  if (found.empty()) return "";
  const ForbiddenChar& first = found.front();
  std::string line = (pointer.empty() ? "/" : pointer) + ": " + std::string(what) + "character " +
                     std::to_string(first.position) + " is " + code_point_label(first.code_point) +
                     ", a " + std::string(forbidden_kind_name(forbidden_kind(first.code_point))) +
                     ", which document text may not contain (XML 1.0 §2.2)";
  for (size_t i = 1; i < found.size() && i < kListed; ++i) {
    line += i == 1 ? "; also " : ", ";
    line += code_point_label(found[i].code_point) + " at " + std::to_string(found[i].position);
  }
  if (found.size() > kListed) line += " and more";
  return line;
}

}  // namespace

std::vector<std::string> forbidden_char_problems(const Value& record) {
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
