#include "pdf/podofo_error.h"

#include <podofo/podofo.h>

#include <stdexcept>

namespace formwork {

void throw_pdf_error(const std::string& context, const PoDoFo::PdfError& error) {
  std::string message = context + ": ";
  const char* text = PoDoFo::PdfError::ErrorMessage(error.GetError());
  message += text ? text : "PoDoFo error";
  // The innermost frame usually names the file or object concerned.
  for (const PoDoFo::PdfErrorInfo& info : error.GetCallstack()) {
    if (!info.GetInformation().empty()) {
      message += " (" + info.GetInformation() + ")";
      break;
    }
  }
  throw std::runtime_error(message);
}

}  // namespace formwork
