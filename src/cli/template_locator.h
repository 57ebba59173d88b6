#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace formwork {

/// Where templates are looked up, in order: the --templates folder if
/// given, ./templates, then the templates/ of the checkout the binary was
/// built from.
class TemplateLocator {
 public:
  TemplateLocator(std::string explicit_dir, std::string source_dir);
  /// `name_or_path` is an existing file path, or a template looked up in
  /// each folder as <dir>/<name> when it ends in .xml, .docx or .xlsx (so
  /// "travel-expense.xlsx" picks the XLSX of two templates with one stem),
  /// else as <dir>/<name>.xml, <dir>/<name>.docx, then <dir>/<name>.xlsx.
  /// Throws UsageError listing the folders searched when nothing is found.
  std::string find(const std::string& name_or_path) const;
  /// Every *.xml, *.docx and *.xlsx template in the first existing folder,
  /// sorted by name (Office's "~$…" lock files left out).
  std::vector<std::string> all() const;
  const std::vector<std::string>& dirs() const { return dirs_; }

 private:
  std::vector<std::string> dirs_;
};

class Template;

/// Lets `tpl`'s <image src> name files in the data file's folder too (after
/// the template's own folder); nothing for data read from stdin ("-").
void allow_pictures_beside(Template& tpl, const std::string& data_path);

/// Prints the template's warnings (what an Office template has that the
/// other formats cannot show) once, as "formwork: warning: PATH: …".
void report_template_warnings(const Template& tpl, std::ostream& err);

}  // namespace formwork
