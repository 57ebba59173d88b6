#include "pdf/md5.h"

#include "util/qpdf_crypto.h"

namespace formwork {

Md5::Md5() : impl_(new_crypto_state()) { impl_->MD5_init(); }

Md5::~Md5() = default;

void Md5::update(std::string_view bytes) {
  impl_->MD5_update(reinterpret_cast<unsigned char const*>(bytes.data()), bytes.size());
}

std::string Md5::digest() {
  impl_->MD5_finalize();
  QPDFCryptoImpl::MD5_Digest d;
  impl_->MD5_digest(d);
  return std::string(reinterpret_cast<const char*>(d), sizeof d);
}

std::string md5_hex(std::string_view bytes) {
  Md5 md5;
  md5.update(bytes);
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : md5.digest()) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

}  // namespace formwork
