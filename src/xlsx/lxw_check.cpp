#include "xlsx/lxw_check.h"

#include <xlsxwriter.h>

#include <string>

#include "util/errors.h"

namespace formwork {

void check_lxw(int err, const char* what) {
  if (err != LXW_NO_ERROR) {
    throw IoError(std::string("libxlsxwriter: ") + what + ": " +
                  lxw_strerror(static_cast<lxw_error>(err)));
  }
}

}  // namespace formwork
