#pragma once
// Writes one Document in the requested formats under the output folder.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "docx/docx_writer.h"
#include "fonts/font_config.h"
#include "model/document.h"
#include "xlsx/xlsx_writer.h"

namespace formwork {

/// The formats of one batch and where they go. File names come from
/// Template::output_name (already safe); a name used twice in a batch gets
/// "-2", "-3"… so no record overwrites another.
class OutputSet {
 public:
  /// Creates `dir` if needed (IoError when it cannot). Resolves fonts only
  /// when a PDF is asked for (std::runtime_error naming a missing font).
  OutputSet(std::string dir, std::vector<std::string> formats, const std::string& fonts_path,
            bool need_pdf_fonts);
  /// Writes doc as <dir>/<name>.<ext> for every format, each atomically;
  /// returns the paths written. Throws IoError.
  std::vector<std::string> write(const Document& doc, const std::string& name);
  /// Fonts for PDF writing (empty unless resolved).
  const std::map<std::string, FontFiles>& fonts() const { return fonts_; }

 private:
  std::string unique_name(const std::string& name);
  std::string dir_;
  std::vector<std::string> formats_;
  std::map<std::string, FontFiles> fonts_;
  DocxOptions docx_;
  XlsxOptions xlsx_;
  std::set<std::string> used_;
};

}  // namespace formwork
