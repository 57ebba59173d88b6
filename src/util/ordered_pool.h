#pragma once
// Work on worker threads, results consumed in order on the calling thread.
#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace formwork {

/// Runs `work(i)` for i = 0, 1, 2, … while `next()` hands out items, on
/// `jobs` worker threads, and calls `consume(i, result)` on the calling
/// thread strictly in item order. At most `window` items are in flight or
/// waiting to be consumed, so memory stays bounded however long the batch.
/// With jobs <= 1 everything runs on the calling thread, in order.
///
/// `next(item)` (called on the calling thread only) fills the next item and
/// returns false at the end. `work` must not throw (turn failures into its
/// Result); an exception from `consume` stops the batch after the items in
/// flight finish, and is rethrown.
template <typename Item, typename Result>
void run_ordered(size_t jobs, size_t window, const std::function<bool(Item&)>& next,
                 const std::function<Result(const Item&)>& work,
                 const std::function<void(size_t, Result&&)>& consume) {
  if (jobs <= 1) {
    Item item;
    for (size_t i = 0; next(item); ++i) consume(i, work(item));
    return;
  }
  window = std::max(window, jobs);
  std::mutex m;
  std::condition_variable changed;
  std::map<size_t, Item> queued;      // handed out, not yet taken by a worker
  std::map<size_t, Result> finished;  // done, not yet consumed
  bool closed = false;                // no more items will be queued
  auto worker = [&] {
    std::unique_lock lock(m);
    for (;;) {
      changed.wait(lock, [&] { return closed || !queued.empty(); });
      if (queued.empty()) return;
      auto node = queued.extract(queued.begin());
      lock.unlock();
      Result r = work(node.mapped());
      lock.lock();
      finished.emplace(node.key(), std::move(r));
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (size_t t = 0; t < jobs; ++t) threads.emplace_back(worker);
  std::exception_ptr failure;
  size_t handed = 0, consumed = 0;
  bool more = true;
  try {
    for (;;) {
      // Hand out items while the window has room (next() may read input).
      while (more && handed - consumed < window) {
        Item item;
        more = next(item);
        if (!more) break;
        std::lock_guard lock(m);
        queued.emplace(handed++, std::move(item));
        changed.notify_all();
      }
      if (consumed == handed && !more) break;
      std::optional<Result> r;
      {
        std::unique_lock lock(m);
        changed.wait(lock, [&] { return finished.count(consumed) > 0; });
        auto node = finished.extract(consumed);
        r.emplace(std::move(node.mapped()));
      }
      consume(consumed, std::move(*r));
      ++consumed;
    }
  } catch (...) {
    failure = std::current_exception();
  }
  {
    std::lock_guard lock(m);
    closed = true;
    queued.clear();  // items not yet started are dropped after a failure
    changed.notify_all();
  }
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace formwork
