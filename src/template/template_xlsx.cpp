#include "template/template_xlsx.h"

#include "template/template.h"
#include "util/atomic_file.h"
#include "xlsx/xlsx_reader.h"

namespace formwork {

Document render_xlsx(const XlsxTemplate& xlsx, const std::string& name, const Value& record) {
  auto filled = std::make_shared<const std::string>(xlsx.fill(record));
  XlsxReading reading = read_xlsx(*filled);
  reading.document.source_xlsx = std::move(filled);
  if (reading.document.title.empty()) reading.document.title = name;
  if (reading.document.sheet_name.empty()) reading.document.sheet_name = name;
  return std::move(reading.document);
}

Template Template::load_xlsx(const std::string& path) {
  Template t = office_template(path, "XLSX");
  t.xlsx_ = std::make_shared<const XlsxTemplate>(XlsxTemplate::load(path, t.pictures_.get()));
  // What the model cannot show in PDF, DOCX and TXT, read once from the
  // template itself.
  t.warnings_ = read_xlsx(read_file(path, "template")).warnings;
  return t;
}

}  // namespace formwork
