#pragma once
// <image> and <qrcode> after loading, and their rendering for one record
// (private to the template module). Markup: docs/templates.md "Pictures".
#include <memory>
#include <optional>

#include "expr/expression.h"
#include "model/picture.h"
#include "picture/picture_files.h"
#include "util/errors.h"

namespace formwork {

/// The attributes of one <image> or <qrcode>. Lengths in mm; 0 = not given.
struct PictureSpec {
  bool qr_code = false;
  /// <image src>: a file name, or a placeholder naming one (from data).
  TextTemplate source;
  /// Set when `source` has no placeholder: decoded when the template loads,
  /// so a missing or broken file is a template error before any data.
  std::shared_ptr<const Picture> fixed;
  std::optional<TextTemplate> alt;
  double width_mm = 0;
  double height_mm = 0;
  char level = 'M';  ///< <qrcode level>: L, M, Q, H
  bool floating = false;
  double offset_x_mm = 0;
  double offset_y_mm = 0;
  /// dx/dy written as a placeholder ("{{ -len(署名) * 2.8 - 21 }}"): mm
  /// evaluated per record, replacing offset_x_mm/offset_y_mm.
  std::optional<Expression> offset_x, offset_y;
  const PictureFiles* files = nullptr;  ///< owned by the TemplateNode
  SourceLoc loc;
};

/// The picture for one record, or nullptr when the source or QR value is
/// empty or null (an optional seal the record does not have). Size: both
/// width and height as given; one given, the other from the image's aspect
/// ratio; neither, the image's pixels at 96 dpi. Throws DataError when a
/// name or value from data cannot be used ("template.xml:12:7: <image src
/// {{印章}}> gives 'x.png': 'x.png' is not a file in …"), TemplateError for
/// other defects.
std::shared_ptr<const Picture> render_picture(const PictureSpec& spec, const Scope& scope);

}  // namespace formwork
