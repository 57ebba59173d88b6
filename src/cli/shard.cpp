#include "cli/shard.h"

#include <charconv>
#include <string>

#include "util/errors.h"

namespace formwork {

namespace {

bool parse_size(std::string_view s, size_t& out) {
  if (s.empty()) return false;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

/// floor(i*n/N): the first record of shard i, without overflow for any n.
size_t shard_start(const Shard& shard, size_t i, size_t records) {
  return static_cast<size_t>(static_cast<unsigned __int128>(i) * records / shard.count);
}

}  // namespace

Shard parse_shard(std::string_view text) {
  const size_t slash = text.find('/');
  Shard s;
  if (slash == std::string_view::npos || !parse_size(text.substr(0, slash), s.index) ||
      !parse_size(text.substr(slash + 1), s.count) || s.count == 0 || s.index >= s.count) {
    throw UsageError("--shard wants I/N with 0 <= I < N (e.g. 0/4), not \"" + std::string(text) +
                     "\"");
  }
  return s;
}

bool in_shard(const Shard& shard, size_t record, size_t records) {
  return record >= shard_start(shard, shard.index, records) &&
         record < shard_start(shard, shard.index + 1, records);
}

size_t shard_size(const Shard& shard, size_t records) {
  return shard_start(shard, shard.index + 1, records) - shard_start(shard, shard.index, records);
}

}  // namespace formwork
