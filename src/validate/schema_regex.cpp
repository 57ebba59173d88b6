#include "validate/schema_regex.h"

#include <re2/re2.h>

#include <stdexcept>

namespace formwork {

SchemaRegex::SchemaRegex(const std::string& pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingUTF8);
  // 64 MiB instead of RE2's 8 MiB default: Han character classes with
  // repetition counts ({2,50}) build large automata.
  options.set_max_mem(int64_t{64} << 20);
  re_ = std::make_unique<re2::RE2>(pattern, options);
  if (!re_->ok()) throw std::invalid_argument(re_->error());
}

SchemaRegex::~SchemaRegex() = default;
SchemaRegex::SchemaRegex(SchemaRegex&&) noexcept = default;
SchemaRegex& SchemaRegex::operator=(SchemaRegex&&) noexcept = default;

bool SchemaRegex::search(std::string_view text) const {
  return re2::RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re_);
}

}  // namespace formwork
