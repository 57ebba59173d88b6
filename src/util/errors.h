#pragma once
// Error types shared by every stage. Each maps to one CLI exit code
// (see src/cli/exit_codes.h): UsageError → 1, DataError → 2,
// TemplateError → 3, IoError → 4.
#include <stdexcept>
#include <string>
#include <vector>

namespace formwork {

/// A position in a source file: 1-based line and column (column counts
/// Unicode code points). line == 0 means "unknown".
struct SourceLoc {
  std::string file;
  int line = 0;
  int column = 0;
  /// "file:line:column" (parts that are unknown are left out).
  std::string str() const;
};

/// Bad command-line usage (exit 1).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Input data that cannot be used: malformed JSON, wrong encoding, schema
/// violations, failing checks (exit 2). `details` holds one line per
/// problem so that all of them can be printed at once.
class DataError : public std::runtime_error {
 public:
  explicit DataError(const std::string& what, std::vector<std::string> details = {})
      : std::runtime_error(what), details(std::move(details)) {}
  std::vector<std::string> details;
};

/// A defect in a template or in an expression evaluated for it, with the
/// template position (exit 3).
class TemplateError : public std::runtime_error {
 public:
  TemplateError(const std::string& message, SourceLoc loc)
      : std::runtime_error(loc.str().empty() ? message : loc.str() + ": " + message),
        message(message),
        loc(std::move(loc)) {}
  std::string message;
  SourceLoc loc;
};

/// Reading or writing a file failed (exit 4).
class IoError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace formwork
