#include "template/template_docx.h"

#include "docx/docx_reader.h"
#include "template/template.h"
#include "util/atomic_file.h"

namespace formwork {

Document render_docx(const DocxTemplate& docx, const std::string& name, const Value& record) {
  auto filled = std::make_shared<const std::string>(docx.fill(record));
  DocxReading reading = read_docx(*filled);
  reading.document.source_docx = std::move(filled);
  if (reading.document.title.empty()) reading.document.title = name;
  if (reading.document.sheet_name.empty()) reading.document.sheet_name = name;
  return std::move(reading.document);
}

Template Template::load_docx(const std::string& path) {
  Template t = office_template(path, "DOCX");
  t.docx_ = std::make_shared<const DocxTemplate>(DocxTemplate::load(path, t.pictures_.get()));
  // What the model cannot show, read once from the template itself.
  t.warnings_ = read_docx(read_file(path, "template")).warnings;
  return t;
}

}  // namespace formwork
