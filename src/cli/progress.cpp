#include "cli/progress.h"

#include <cstdio>

namespace formwork {

namespace {

constexpr auto kRedraw = std::chrono::milliseconds(100);

std::string clock_text(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  }
  return buf;
}

}  // namespace

Progress::Progress(size_t total, bool enabled, std::ostream& err)
    : total_(total),
      enabled_(enabled && total > 0),
      err_(err),
      start_(std::chrono::steady_clock::now()) {}

void Progress::step() {
  ++done_;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (shown_ && now - last_draw_ < kRedraw && done_ != total_) return;
  last_draw_ = now;
  draw();
}

void Progress::draw() {
  const double secs = std::chrono::duration<double>(last_draw_ - start_).count();
  const double rate = secs > 0 ? done_ / secs : 0;
  const double eta = rate > 0 ? (total_ - done_) / rate : 0;
  char buf[128];
  std::snprintf(buf, sizeof buf, "\r[%zu/%zu] %zu%% %.0f rec/s ETA %s\x1b[K", done_, total_,
                done_ * 100 / total_, rate, clock_text(eta).c_str());
  err_ << buf << std::flush;
  shown_ = true;
}

void Progress::clear() {
  if (!shown_) return;
  err_ << "\r\x1b[K" << std::flush;
  shown_ = false;
}

}  // namespace formwork
