#include "xlsx/picture_insert.h"

#include <xlsxwriter.h>

#include <cmath>
#include <string>

#include "util/errors.h"
#include "util/forbidden_chars.h"
#include "xlsx/lxw_check.h"
#include "xlsx/lxw_geometry.h"
#include "xlsx/xlsx_limits.h"

namespace formwork {

void insert_picture(lxw_worksheet* ws, std::string_view sheet, int row, int col,
                    const Picture& picture, double x_px, double y_px, double width_mm,
                    double height_mm) {
  std::string alt = clean_text(picture.alt);  // NUL-terminated, copied by libxlsxwriter
  const std::string where =
      "picture at " + cell_label(sheet, row, col) + (alt.empty() ? "" : " (" + alt + ")");
  const std::string_view data = picture.data ? std::string_view(*picture.data) : "";
  if (data.empty() || !(width_mm > 0) || !(height_mm > 0))
    throw IoError("libxlsxwriter: " + where + ": no image data or no printed size");
  lxw_image_options options = {};
  options.x_offset = static_cast<int32_t>(std::lround(x_px));
  options.y_offset = static_cast<int32_t>(std::lround(y_px));
  options.object_position = LXW_OBJECT_MOVE_DONT_SIZE;
  options.description = alt.data();
  check_lxw(worksheet_insert_image_buffer_opt(
                ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                reinterpret_cast<const unsigned char*>(data.data()), data.size(), &options),
            where.c_str());
  // The scale that prints the picture at its size in mm, from the pixel
  // size and resolution libxlsxwriter itself read from the file: the
  // inserted image is the last of the worksheet's image properties, and
  // they are only used when the workbook is closed.
  lxw_object_properties* props = nullptr;
  for (auto* p = STAILQ_FIRST(ws->image_props); p; p = STAILQ_NEXT(p, list_pointers)) props = p;
  if (!props || !(props->width > 0) || !(props->height > 0))
    throw IoError("libxlsxwriter: " + where + ": its pixel size could not be read");
  const LxwImageHeader header{static_cast<int>(props->width), static_cast<int>(props->height),
                              props->x_dpi > 0 ? props->x_dpi : 96,
                              props->y_dpi > 0 ? props->y_dpi : 96};
  const LxwScale scale = lxw_image_scale(header, width_mm, height_mm);
  props->x_scale = scale.x;
  props->y_scale = scale.y;
}

}  // namespace formwork
