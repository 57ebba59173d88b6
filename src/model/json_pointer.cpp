#include "model/json_pointer.h"

#include <algorithm>

namespace formwork {
namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string_view> split_pointer(std::string_view p) {
  std::vector<std::string_view> parts;
  while (!p.empty()) {
    p.remove_prefix(1);  // the '/'
    const std::size_t next = p.find('/');
    parts.push_back(p.substr(0, next));
    p = next == std::string_view::npos ? std::string_view() : p.substr(next);
  }
  return parts;
}

// Index tokens compare by number (shorter digit strings are smaller), and
// come before names; names compare bytewise.
bool token_less(std::string_view a, std::string_view b) {
  const bool da = all_digits(a), db = all_digits(b);
  if (da && db && a.size() != b.size()) return a.size() < b.size();
  if (da != db) return da;
  return a < b;
}

}  // namespace

std::string escape_pointer_token(std::string_view token) {
  std::string out;
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string pointer_from_tokens(const std::vector<std::string>& tokens) {
  std::string out;
  for (const std::string& t : tokens) out += "/" + escape_pointer_token(t);
  return out;
}

std::vector<std::string> tokens_from_context(const std::vector<std::string>& context) {
  std::vector<std::string> tokens;
  for (std::size_t i = 1; i < context.size(); ++i) {
    const std::string& c = context[i];
    tokens.push_back(
        c.size() >= 2 && c.front() == '[' && c.back() == ']' ? c.substr(1, c.size() - 2) : c);
  }
  return tokens;
}

const Value* value_at(const Value& root, const std::vector<std::string>& tokens) {
  const Value* v = &root;
  for (const std::string& t : tokens) {
    if (v->is_object()) {
      v = v->find(t);
    } else if (v->is_array() && all_digits(t) && t.size() < 10) {
      const std::size_t i = std::stoul(t);
      v = i < v->as_array().size() ? &v->as_array()[i] : nullptr;
    } else {
      v = nullptr;
    }
    if (v == nullptr) return nullptr;
  }
  return v;
}

bool pointer_less(std::string_view a, std::string_view b) {
  const auto pa = split_pointer(a), pb = split_pointer(b);
  return std::lexicographical_compare(pa.begin(), pa.end(), pb.begin(), pb.end(), token_less);
}

}  // namespace formwork
