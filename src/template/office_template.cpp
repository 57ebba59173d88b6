#include <filesystem>

#include "picture/picture_files.h"
#include "template/template.h"

namespace formwork {

namespace fs = std::filesystem;

namespace {

// FORM.schema.json / FORM.checks.json beside FORM.docx or FORM.xlsx, or "".
std::string sibling(const std::string& path, const std::string& suffix) {
  fs::path p = fs::absolute(path);
  fs::path s = p.parent_path() / (p.stem().string() + suffix);
  std::error_code ec;
  return fs::is_regular_file(s, ec) ? s.lexically_normal().string() : "";
}

}  // namespace

Template Template::office_template(const std::string& path, const std::string& kind) {
  Template t;
  t.path_ = path;
  t.name_ = fs::path(path).stem().string();
  t.description_ = kind + " template " + fs::path(path).filename().string();
  t.schema_path_ = sibling(path, ".schema.json");
  t.checks_path_ = sibling(path, ".checks.json");
  // Files are named after the template; the batch numbers repeats
  // (差旅费报销单, 差旅费报销单-2, …) in record order.
  t.output_pattern_ = t.name_;
  t.pictures_ = std::make_shared<PictureFiles>(fs::absolute(path).parent_path().string());
  return t;
}

}  // namespace formwork
