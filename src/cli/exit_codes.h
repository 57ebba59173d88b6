#pragma once

namespace formwork {

/// Process exit codes of the `formwork` command (documented in README.md).
/// When several records fail in one batch the most severe code wins:
/// kIoError > kTemplateError > kInvalidData.
enum ExitCode : int {
  kOk = 0,             ///< every record done
  kUsage = 1,          ///< bad command line
  kInvalidData = 2,    ///< malformed JSON, schema violation, failing check
  kTemplateError = 3,  ///< template file defect (file:line:column)
  kIoError = 4,        ///< a file could not be read or written
};

}  // namespace formwork
