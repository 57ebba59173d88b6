#include "util/sha256.h"

#include <fstream>
#include <memory>
#include <vector>

#include "util/errors.h"
#include "util/qpdf_crypto.h"

namespace formwork {

namespace {

std::string to_hex(const std::string& digest) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(digest.size() * 2);
  for (unsigned char c : digest) {
    hex += kHex[c >> 4];
    hex += kHex[c & 15];
  }
  return hex;
}

/// A fresh SHA-256 state (one per call: states are not shared between
/// threads).
std::shared_ptr<QPDFCryptoImpl> sha256_state() {
  auto impl = new_crypto_state();
  impl->SHA2_init(256);
  return impl;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  auto impl = sha256_state();
  impl->SHA2_update(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  impl->SHA2_finalize();
  return to_hex(impl->SHA2_digest());
}

std::string sha256_file_hex(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read " + path);
  auto impl = sha256_state();
  std::vector<char> block(64 * 1024);
  while (in) {
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    const auto got = in.gcount();
    if (got > 0) {
      impl->SHA2_update(reinterpret_cast<const unsigned char*>(block.data()),
                        static_cast<size_t>(got));
    }
  }
  if (in.bad()) throw IoError("cannot read " + path);
  impl->SHA2_finalize();
  return to_hex(impl->SHA2_digest());
}

}  // namespace formwork
