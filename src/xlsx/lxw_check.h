#pragma once
// libxlsxwriter reports failures as lxw_error codes; formwork raises them.

namespace formwork {

/// Throws IoError "libxlsxwriter: <what>: <lxw_strerror text>" unless `err`
/// is LXW_NO_ERROR.
void check_lxw(int err, const char* what);

}  // namespace formwork
