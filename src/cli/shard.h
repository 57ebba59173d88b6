#pragma once
// Sharding a batch over an existing engine (Slurm array, Kubernetes
// Indexed Job): shard I of N renders one contiguous block of the records,
// so the shards' print files joined in shard order are in record order.
#include <cstddef>
#include <string_view>

namespace formwork {

/// Shard `index` (0-based, as SLURM_ARRAY_TASK_ID with --array=0-(N-1)
/// and JOB_COMPLETION_INDEX count) of `count` shards.
struct Shard {
  size_t index = 0;
  size_t count = 1;
};

/// Parses "I/N" (0 <= I < N, N >= 1). Throws UsageError naming the text
/// when it is not of that form.
Shard parse_shard(std::string_view text);

/// Whether record `record` (0-based) of a batch of `records` belongs to
/// `shard`: records [floor(I*n/N), floor((I+1)*n/N)). Every record belongs
/// to exactly one shard; shard sizes differ by at most one.
bool in_shard(const Shard& shard, size_t record, size_t records);

/// How many of `records` records belong to `shard`.
size_t shard_size(const Shard& shard, size_t records);

}  // namespace formwork
