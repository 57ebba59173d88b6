#pragma once
// Form templates: a small XML markup (docs/templates.md) parsed with pugixml
// into a tree that, given one record, builds a Document.
#include <memory>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/value.h"

namespace formwork {

class TemplateNode;
class DocxTemplate;
class XlsxTemplate;
class PictureFiles;

/// A loaded template: formwork's XML markup (docs/templates.md), a DOCX
/// authored in Word, WPS or LibreOffice or an XLSX authored in Excel or WPS
/// (docs/office-templates.md). Paths it names (schema, checks) are
/// resolved against the template file's folder; an Office template's
/// schema and checks are FORM.schema.json and FORM.checks.json beside it,
/// when they exist.
class Template {
 public:
  /// Parses `path`. Throws IoError (unreadable) or TemplateError with
  /// file:line:column for malformed XML, unknown elements or attributes,
  /// placeholder expressions that do not parse, and nesting past the limits
  /// (kMaxElementDepth elements, kMaxExpressionDepth in an expression).
  /// A path ending in ".docx" is loaded as a DOCX template
  /// (DocxTemplate::load: IoError, TemplateError naming part, paragraph and
  /// tag); one ending in ".xlsx" as an XLSX template (XlsxTemplate::load:
  /// IoError, TemplateError naming sheet, cell and tag).
  static Template load(const std::string& path);

  /// What the document model cannot show of an Office template in the
  /// other formats (a DOCX's in PDF, TXT and XLSX: read_docx; an XLSX's in
  /// PDF, DOCX and TXT: read_xlsx), one message per kind; empty for XML
  /// templates.
  const std::vector<std::string>& warnings() const { return warnings_; }

  const std::string& name() const { return name_; }  ///< <form name="…">
  const std::string& path() const { return path_; }
  const std::string& description() const { return description_; }
  /// Absolute path of the JSON Schema, or "" when the template names none.
  const std::string& schema_path() const { return schema_path_; }
  /// Absolute path of the checks file, or "" when none.
  const std::string& checks_path() const { return checks_path_; }

  /// The output file name (without extension) from the template's
  /// `output` pattern, made safe by safe_file_name (no '/', '\\', "..",
  /// control characters). Throws TemplateError like render.
  std::string output_name(const Value& record) const;

  /// Lets <image src> name files in `folder` (e.g. the data file's) after
  /// those beside the template. Call before rendering starts.
  void add_picture_folder(const std::string& folder);

  /// Builds the document for one record. Throws TemplateError (with the
  /// template position) for unknown names without `default`, division by
  /// zero and type errors.
  Document render(const Value& record) const;

 private:
  static Template load_docx(const std::string& path);
  static Template load_xlsx(const std::string& path);
  /// Name, schema and checks beside, output name and picture folder of an
  /// Office template (`kind` "DOCX" or "XLSX", for the description).
  static Template office_template(const std::string& path, const std::string& kind);

  std::string name_, path_, description_, schema_path_, checks_path_;
  std::string output_pattern_;
  int output_line_ = 0;
  std::shared_ptr<const TemplateNode> root_;  ///< XML templates
  std::shared_ptr<const DocxTemplate> docx_;  ///< DOCX templates
  std::shared_ptr<const XlsxTemplate> xlsx_;  ///< XLSX templates
  std::shared_ptr<PictureFiles> pictures_;
  std::vector<std::string> warnings_;
};

}  // namespace formwork
