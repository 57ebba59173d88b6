#include "util/qpdf_crypto.h"

#include <mutex>
#include <qpdf/QPDFCryptoProvider.hh>

namespace formwork {

std::shared_ptr<QPDFCryptoImpl> new_crypto_state() {
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  return QPDFCryptoProvider::getImpl();
}

}  // namespace formwork
