#include "cli/output_set.h"

#include <filesystem>

#include "docx/docx_writer.h"
#include "pdf/pdf_writer.h"
#include "txt/txt_writer.h"
#include "util/errors.h"
#include "xlsx/xlsx_writer.h"

namespace fs = std::filesystem;

namespace formwork {

OutputSet::OutputSet(std::string dir, std::vector<std::string> formats,
                     const std::string& fonts_path, bool need_pdf_fonts)
    : dir_(std::move(dir)), formats_(std::move(formats)) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec || !fs::is_directory(dir_)) {
    throw IoError("cannot create output folder " + dir_ + ": " + ec.message());
  }
  const FontConfig cfg = fonts_path.empty() ? FontConfig::defaults() : FontConfig::load(fonts_path);
  docx_.font_faces = cfg.family_overrides();  // Word and Excel must name a user's family too
  xlsx_.font_faces = docx_.font_faces;
  if (need_pdf_fonts) fonts_ = cfg.resolve();
}

std::string OutputSet::unique_name(const std::string& name) {
  std::string candidate = name;
  for (int n = 2; !used_.insert(candidate).second; ++n) {
    candidate = name + "-" + std::to_string(n);
  }
  return candidate;
}

std::vector<std::string> OutputSet::write(const Document& doc, const std::string& name) {
  std::string base = (fs::path(dir_) / unique_name(name)).string();
  std::vector<std::string> written;
  for (const std::string& f : formats_) {
    std::string path = base + "." + f;
    if (f == "pdf") {
      write_pdf({&doc}, fonts_, path);
    } else if (f == "docx") {
      write_docx(doc, path, docx_);
    } else if (f == "xlsx") {
      write_xlsx(doc, path, xlsx_);
    } else if (f == "txt") {
      write_txt(doc, path);
    }
    written.push_back(path);
  }
  return written;
}

}  // namespace formwork
