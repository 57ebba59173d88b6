#pragma once
// libqpdf's crypto provider (MD5, SHA-2), shared by every digest formwork
// computes.
#include <memory>
#include <qpdf/QPDFCryptoImpl.hh>

namespace formwork {

/// A fresh state of qpdf's default crypto implementation, for one digest
/// on one thread. QPDFCryptoProvider's registry is not thread-safe, so the
/// creation is serialised here. Throws what qpdf throws (std::logic_error
/// when no provider is compiled in).
std::shared_ptr<QPDFCryptoImpl> new_crypto_state();

}  // namespace formwork
