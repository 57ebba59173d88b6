#pragma once
// MD5 digests for the file identifier of every PDF formwork writes.
#include <memory>
#include <string>
#include <string_view>

class QPDFCryptoImpl;

namespace formwork {

/// An incremental MD5 (RFC 1321) through libqpdf's crypto provider
/// (QPDFCryptoProvider): the hash PDF 32000-1 §14.4 suggests for file
/// identifiers. Deterministic and content-dependent; not for security.
/// One object per thread.
class Md5 {
 public:
  Md5();
  ~Md5();
  Md5(const Md5&) = delete;
  Md5& operator=(const Md5&) = delete;

  void update(std::string_view bytes);
  /// The 16-byte digest of everything given so far; the object cannot be
  /// updated afterwards.
  std::string digest();

 private:
  std::shared_ptr<QPDFCryptoImpl> impl_;
};

/// The MD5 digest of `bytes` as 32 upper-case hex digits.
std::string md5_hex(std::string_view bytes);

}  // namespace formwork
