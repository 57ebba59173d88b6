#pragma once
// The error the picture module raises; the template turns it into a data or
// template error with the place the picture came from.
#include <stdexcept>

namespace formwork {

/// A picture file that cannot be used (not PNG or JPEG, truncated, too
/// large) or a QR code value that cannot be encoded. The message names the
/// problem, not the place: callers add the file name and template line.
class PictureError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace formwork
