#include "layout/face_id.h"

#include <mutex>
#include <unordered_set>

namespace formwork {

namespace {

// Node-based: an element's address never changes, so FaceIds stay valid.
// Leaked on purpose: FaceIds in static objects may outlive static
// destruction order.
struct Table {
  std::mutex mutex;
  std::unordered_set<std::string> keys;
};

Table& table() {
  static Table* t = new Table;
  return *t;
}

const std::string* intern(const std::string& key) {
  Table& t = table();
  std::lock_guard lock(t.mutex);
  return &*t.keys.insert(key).first;
}

}  // namespace

FaceId::FaceId() {
  static const std::string* const empty = intern(std::string());
  key_ = empty;
}

FaceId::FaceId(const std::string& key) : key_(intern(key)) {}

}  // namespace formwork
