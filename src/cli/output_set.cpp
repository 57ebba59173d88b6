#include "cli/output_set.h"

#include <filesystem>

#include "docx/docx_writer.h"
#include "pdf/pdf_writer.h"
#include "txt/txt_writer.h"
#include "util/errors.h"
#include "xlsx/xlsx_writer.h"

namespace fs = std::filesystem;

namespace formwork {

namespace {

// Roles the user's fonts file points at another family by name: Word must
// name that face too (a .ttf path has no face name Word could use).
DocxOptions docx_options(const std::string& fonts_path) {
  DocxOptions o;
  if (fonts_path.empty()) return o;
  const FontConfig defaults_cfg = FontConfig::defaults();
  const FontConfig user = FontConfig::load(fonts_path);
  const auto& defaults = defaults_cfg.roles();
  for (const auto& [role, family] : user.roles()) {
    bool is_file = family.find('/') != std::string::npos || family.ends_with(".ttf") ||
                   family.ends_with(".otf");
    auto d = defaults.find(role);
    if (!is_file && (d == defaults.end() || d->second != family)) o.font_faces[role] = family;
  }
  return o;
}

}  // namespace

OutputSet::OutputSet(std::string dir, std::vector<std::string> formats,
                     const std::string& fonts_path, bool need_pdf_fonts)
    : dir_(std::move(dir)), formats_(std::move(formats)) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec || !fs::is_directory(dir_)) {
    throw IoError("cannot create output folder " + dir_ + ": " + ec.message());
  }
  docx_ = docx_options(fonts_path);
  if (need_pdf_fonts) {
    FontConfig cfg = fonts_path.empty() ? FontConfig::defaults() : FontConfig::load(fonts_path);
    fonts_ = cfg.resolve();
  }
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
      write_xlsx(doc, path);
    } else if (f == "txt") {
      write_txt(doc, path);
    }
    written.push_back(path);
  }
  return written;
}

}  // namespace formwork
