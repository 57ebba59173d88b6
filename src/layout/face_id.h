#pragma once
// A face key (fonts/face_key.h) as laid-out pages carry it: a pointer into a
// process-wide table of the keys seen, instead of a copy of the font's
// path in every glyph run. A 1 MB text laid out in a narrow cell has some
// 20,000 runs, and their path copies alone were a megabyte.
#include <ostream>
#include <string>

namespace formwork {

/// A face key, interned: FaceIds made from equal strings hold the same
/// pointer, so copying and comparing one costs a pointer. The table only
/// grows (a run meets a few faces); thread-safe. Converts implicitly from
/// and to std::string, so code that names faces by key reads as before.
class FaceId {
 public:
  /// The empty key.
  FaceId();
  /// `key` interned (copied into the table on first sight).
  FaceId(const std::string& key);  // NOLINT(google-explicit-constructor): a key is a FaceId
  FaceId(const char* key) : FaceId(std::string(key)) {}  // NOLINT(google-explicit-constructor)

  const std::string& str() const { return *key_; }
  operator const std::string&() const { return *key_; }  // NOLINT(google-explicit-constructor)
  bool empty() const { return key_->empty(); }

  friend bool operator==(const FaceId& a, const FaceId& b) { return a.key_ == b.key_; }
  friend std::ostream& operator<<(std::ostream& os, const FaceId& id) { return os << *id.key_; }

 private:
  const std::string* key_;
};

}  // namespace formwork
