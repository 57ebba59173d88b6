#pragma once
// The progress line of a batch on a terminal.
#include <chrono>
#include <cstddef>
#include <ostream>

namespace formwork {

/// One stderr line updated in place as records finish:
/// "[523/1000] 52% 41 rec/s ETA 0:12". Silent when `enabled` is false (-q,
/// or stderr not a terminal, so logs and pipes never see it). Redrawn at
/// most ten times a second.
class Progress {
 public:
  Progress(size_t total, bool enabled, std::ostream& err);
  /// One more record finished.
  void step();
  /// Erases the line, so a message can be printed in its place.
  void clear();

 private:
  void draw();
  size_t total_, done_ = 0;
  bool enabled_, shown_ = false;
  std::ostream& err_;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace formwork
