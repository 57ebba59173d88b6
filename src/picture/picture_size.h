#pragma once
// The printed size of a picture from what a template gives (shared by the
// XML templates' <image> and the DOCX templates' {{%image}}).
#include "model/picture.h"

namespace formwork {

/// Sets pic.width_mm × pic.height_mm from `width_mm` and `height_mm`, where
/// 0 means "not given": both given, as given; one given, the other from the
/// pixels' aspect ratio; neither, the pixels at 96 dpi (25.4 / 96 mm each),
/// as Word and Excel size a picture without a size.
void set_printed_size(Picture& pic, double width_mm, double height_mm);

}  // namespace formwork
