#pragma once
// PoDoFo reports failures with PdfError, which is not a std::exception;
// formwork turns them into std::runtime_error at the PDF module's edges.
#include <string>

namespace PoDoFo {
class PdfError;
}

namespace formwork {

/// Throws std::runtime_error "<context>: <PoDoFo's message> (<details>)".
[[noreturn]] void throw_pdf_error(const std::string& context, const PoDoFo::PdfError& error);

}  // namespace formwork
