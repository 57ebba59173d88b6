#include "picture/picture_size.h"
#include "picture/qr_code.h"
#include "template/picture_spec.h"
#include "template/render_guard.h"
#include "template/render_inline.h"

namespace formwork {

namespace {

[[noreturn]] void data_fault(const PictureSpec& spec, const std::string& value,
                             const std::string& problem) {
  std::string what = spec.qr_code ? "<qrcode value>" : "<image src>";
  throw DataError(spec.loc.str() + ": " + what + " gives '" + value + "': " + problem);
}

std::shared_ptr<Picture> qr_picture(const PictureSpec& spec, const std::string& value) {
  try {
    return make_qr_code(value, spec.width_mm, spec.level);
  } catch (const PictureError& e) {
    if (!spec.source.has_placeholders()) throw TemplateError(e.what(), spec.loc);
    data_fault(spec, value.substr(0, 40) + (value.size() > 40 ? "…" : ""), e.what());
  }
}

std::shared_ptr<Picture> file_picture(const PictureSpec& spec, const std::string& name) {
  try {
    return std::make_shared<Picture>(*spec.files->load(name));
  } catch (const PictureError& e) {
    data_fault(spec, name, e.what());
  }
}

// dx/dy from a placeholder: a number of mm within ±1000.
double offset_mm(const PictureSpec& spec, const std::optional<Expression>& e, double fixed,
                 const Scope& scope) {
  if (!e) return fixed;
  Value v = guarded(spec.loc, [&] { return e->eval(scope); });
  double mm = v.is_number() ? v.as_number().to_double() : 0;
  if (!v.is_number() || mm < -1000 || mm > 1000) {
    throw TemplateError(
        "picture offset {{" + e->source() + "}} must give mm within ±1000, got " + v.to_text(),
        spec.loc);
  }
  return mm;
}

}  // namespace

std::shared_ptr<const Picture> render_picture(const PictureSpec& spec, const Scope& scope) {
  std::shared_ptr<Picture> pic;
  if (spec.fixed) {
    pic = std::make_shared<Picture>(*spec.fixed);
  } else {
    std::string value = guarded(spec.loc, [&] { return spec.source.render(scope); });
    if (value.empty()) return nullptr;
    pic = spec.qr_code ? qr_picture(spec, value) : file_picture(spec, value);
  }
  if (!spec.qr_code) set_printed_size(*pic, spec.width_mm, spec.height_mm);
  if (spec.alt) pic->alt = guarded(spec.loc, [&] { return spec.alt->render(scope); });
  // The alt text goes into DOCX attributes and TXT: the same characters
  // as any run's text are dropped.
  pic->alt = guarded(spec.loc, [&] { return clean_run_text(pic->alt); });
  pic->floating = spec.floating;
  pic->offset_x_mm = offset_mm(spec, spec.offset_x, spec.offset_x_mm, scope);
  pic->offset_y_mm = offset_mm(spec, spec.offset_y, spec.offset_y_mm, scope);
  return pic;
}

}  // namespace formwork
