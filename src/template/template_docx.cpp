#include "template/template_docx.h"

#include <filesystem>

#include "docx/docx_reader.h"
#include "template/template.h"
#include "util/atomic_file.h"

namespace formwork {

namespace fs = std::filesystem;

namespace {

// FORM.schema.json / FORM.checks.json beside FORM.docx, or "".
std::string sibling(const std::string& path, const std::string& suffix) {
  fs::path p = fs::absolute(path);
  fs::path s = p.parent_path() / (p.stem().string() + suffix);
  std::error_code ec;
  return fs::is_regular_file(s, ec) ? s.lexically_normal().string() : "";
}

}  // namespace

Document render_docx(const DocxTemplate& docx, const std::string& name, const Value& record) {
  auto filled = std::make_shared<const std::string>(docx.fill(record));
  DocxReading reading = read_docx(*filled);
  reading.document.source_docx = std::move(filled);
  if (reading.document.title.empty()) reading.document.title = name;
  if (reading.document.sheet_name.empty()) reading.document.sheet_name = name;
  return std::move(reading.document);
}

Template Template::load_docx(const std::string& path) {
  Template t;
  t.path_ = path;
  t.name_ = fs::path(path).stem().string();
  t.description_ = "DOCX template " + fs::path(path).filename().string();
  t.schema_path_ = sibling(path, ".schema.json");
  t.checks_path_ = sibling(path, ".checks.json");
  // Files are named after the template; the batch numbers repeats
  // (差旅费报销单, 差旅费报销单-2, …) in record order.
  t.output_pattern_ = t.name_;
  t.pictures_ = std::make_shared<PictureFiles>(fs::absolute(path).parent_path().string());
  t.docx_ = std::make_shared<const DocxTemplate>(DocxTemplate::load(path, t.pictures_.get()));
  // What the model cannot show, read once from the template itself.
  t.warnings_ = read_docx(read_file(path, "template")).warnings;
  return t;
}

}  // namespace formwork
