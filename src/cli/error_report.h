#pragma once
#include <exception>
#include <ostream>
#include <string>

#include "cli/exit_codes.h"

namespace formwork {

/// Prints the error in flight as "formwork: <prefix><message>" (plus one
/// indented line per DataError detail) and returns its ExitCode. Must be
/// called from inside a catch block. Unknown exceptions count as I/O
/// errors (4), since they come from the libraries writing files; so do
/// exceptions of other types ("unexpected failure"). Bytes of the message
/// that are not UTF-8 are printed as "\\xNN", so the output is valid UTF-8.
int report_exception(std::ostream& err, const std::string& prefix = "");

/// The more severe of two exit codes (kIoError > kTemplateError >
/// kInvalidData > kOk).
inline int worse(int a, int b) { return a > b ? a : b; }

}  // namespace formwork
