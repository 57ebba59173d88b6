#include "cli/shard.h"

#include <gtest/gtest.h>

#include "util/errors.h"

namespace formwork {
namespace {

TEST(Shard, ParsesIndexOverCount) {
  const Shard s = parse_shard("3/4");
  EXPECT_EQ(s.index, 3u);
  EXPECT_EQ(s.count, 4u);
}

TEST(Shard, RefusesWhatIsNotIOverN) {
  for (const char* bad : {"4/4", "1/0", "", "/4", "1/", "a/4", "1/4x", "-1/4", "1 / 4"}) {
    EXPECT_THROW(parse_shard(bad), UsageError) << bad;
  }
}

TEST(Shard, EveryRecordInExactlyOneContiguousShard) {
  for (size_t n : {0u, 1u, 7u, 300u, 2000u}) {
    for (size_t count : {1u, 3u, 4u, 7u}) {
      size_t last_shard = 0, sum = 0;
      for (size_t i = 0; i < count; ++i) sum += shard_size({i, count}, n);
      EXPECT_EQ(sum, n);
      for (size_t r = 0; r < n; ++r) {
        size_t owners = 0, owner = 0;
        for (size_t i = 0; i < count; ++i) {
          if (in_shard({i, count}, r, n)) ++owners, owner = i;
        }
        ASSERT_EQ(owners, 1u) << "record " << r << " of " << n << " over " << count;
        EXPECT_GE(owner, last_shard) << "shards are blocks in record order";
        last_shard = owner;
      }
    }
  }
}

TEST(Shard, SizesDifferByAtMostOne) {
  EXPECT_EQ(shard_size({0, 3}, 100), 33u);
  EXPECT_EQ(shard_size({2, 3}, 100), 34u);
  EXPECT_EQ(shard_size({3, 4}, 2), 1u);
}

}  // namespace
}  // namespace formwork
