// Parser: <image> and <qrcode> in inline content.
#include <string>

#include "picture/qr_code.h"
#include "template/parser.h"

namespace formwork {

namespace {

constexpr double kMaxPictureMm = 1000;  // larger than any page formwork prints

// A number of mm, or a placeholder evaluated per record.
void offset(const Attributes& a, std::string_view name, double& mm,
            std::optional<Expression>& expr) {
  auto v = a.get(name);
  if (v && v->find("{{") != std::string_view::npos) {
    expr = a.expression(name);
  } else {
    mm = a.number(name, -kMaxPictureMm, kMaxPictureMm).value_or(0);
  }
}

// float, dx, dy: shared by both elements.
void placement(const Attributes& a, PictureSpec& spec) {
  spec.floating = a.boolean("float").value_or(false);
  offset(a, "dx", spec.offset_x_mm, spec.offset_x);
  offset(a, "dy", spec.offset_y_mm, spec.offset_y);
  if (!spec.floating && (a.has("dx") || a.has("dy")))
    a.fail(a.has("dx") ? "dx" : "dy", "applies only to a picture with float=\"true\"");
}

void image_attributes(const Attributes& a, PictureSpec& spec) {
  spec.source = a.text_template("src");
  if (a.get("src")->empty()) a.fail("src", "must name a PNG or JPEG file");
  spec.width_mm = a.number("width", 0.1, kMaxPictureMm).value_or(0);
  spec.height_mm = a.number("height", 0.1, kMaxPictureMm).value_or(0);
  if (a.has("alt")) spec.alt = a.text_template("alt");
  if (spec.source.has_placeholders()) return;
  try {  // a fixed file is read now: a missing seal fails before any data
    spec.fixed = spec.files->load(*a.get("src"));
  } catch (const PictureError& e) {
    throw TemplateError(e.what(), a.loc("src"));
  }
}

void qrcode_attributes(const Attributes& a, PictureSpec& spec) {
  spec.qr_code = true;
  spec.source = a.text_template("value");
  spec.width_mm = spec.height_mm = a.number("size", 5, kMaxPictureMm).value_or(20);
  spec.level =
      a.choice<char>("level", {{"L", 'L'}, {"M", 'M'}, {"Q", 'Q'}, {"H", 'H'}}).value_or('M');
  if (spec.source.has_placeholders()) return;
  if (a.get("value")->empty()) a.fail("value", "must not be empty");
  try {
    spec.fixed = make_qr_code(*a.get("value"), spec.width_mm, spec.level);
  } catch (const PictureError& e) {
    throw TemplateError(e.what(), a.loc("value"));
  }
}

}  // namespace

InlineLeaf Parser::picture(pugi::xml_node el, const TextStyle& style) {
  bool qr = std::string_view(el.name()) == "qrcode";
  Attributes a = qr ? Attributes(el, ctx_, {"value", "size", "level", "float", "dx", "dy"})
                    : Attributes(el, ctx_, {"src", "width", "height", "alt", "float", "dx", "dy"});
  require_empty(el);
  auto spec = std::make_shared<PictureSpec>();
  spec->files = ctx_.pictures;
  spec->loc = a.element_loc();
  if (qr) {
    a.required("value");
    qrcode_attributes(a, *spec);
  } else {
    a.required("src");
    image_attributes(a, *spec);
  }
  placement(a, *spec);
  return InlineLeaf{style, false, {}, std::move(spec)};
}

}  // namespace formwork
