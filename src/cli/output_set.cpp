#include "cli/output_set.h"

#include <algorithm>
#include <filesystem>

#include "docx/docx_writer.h"
#include "pdf/pdf_writer.h"
#include "txt/txt_writer.h"
#include "util/atomic_file.h"
#include "util/errors.h"
#include "xlsx/xlsx_writer.h"

namespace fs = std::filesystem;

namespace formwork {

OutputSet::OutputSet(std::string dir, std::vector<std::string> formats, const FontConfig& fonts)
    : dir_(std::move(dir)), formats_(std::move(formats)) {
  prepare_folder(dir_);
  docx_.font_faces = fonts.family_overrides();  // Word and Excel must name a user's family too
  xlsx_.font_faces = docx_.font_faces;
}

void OutputSet::prepare_folder(const std::string& dir) {
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) {
    throw IoError("cannot use output folder " + dir + ": a file of that name is in the way");
  }
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir, ec)) {
    throw IoError("cannot create output folder " + dir + ": " + ec.message());
  }
  // Found now, not after the whole batch has been rendered: a probe file of
  // the same scheme the outputs use, removed again.
  try {
    check_can_create_files(dir);
  } catch (const IoError& e) {
    throw IoError(std::string("output folder is not writable: ") + e.what());
  }
  remove_stale_temporaries(dir);
}

std::string OutputSet::reserve(const std::string& name) {
  std::string candidate = name;
  for (int n = 2; !used_.insert(candidate).second; ++n) candidate = name + "-" + std::to_string(n);
  return candidate;
}

std::vector<std::string> OutputSet::paths(const std::string& base) const {
  std::vector<std::string> out;
  for (const std::string& f : formats_) out.push_back((fs::path(dir_) / (base + "." + f)).string());
  return out;
}

bool OutputSet::wants_pdf() const {
  return std::find(formats_.begin(), formats_.end(), "pdf") != formats_.end();
}

std::vector<std::string> OutputSet::write(const Document& doc, const LaidOutDocument* laid,
                                          FontEngine* engine, const std::string& base) const {
  const std::vector<std::string> out = paths(base);
  AtomicFileSet files(false);  // the batch syncs once at its end (sync_file_system)
  for (size_t i = 0; i < formats_.size(); ++i) {
    const std::string& f = formats_[i];
    if (f == "pdf") {
      if (!laid || !engine) throw std::logic_error("PDF asked for without a layout");
      files.stage_bytes(out[i], pdf_bytes(*laid, *engine));
    } else if (f == "docx") {
      files.stage_bytes(out[i], docx_bytes(doc, docx_));
    } else if (f == "xlsx") {
      if (doc.source_xlsx) {
        files.stage_bytes(out[i], *doc.source_xlsx);  // a filled XLSX template, as authored
      } else {
        write_xlsx_into(doc, files.stage_for_library(out[i]), out[i], xlsx_);
      }
    } else if (f == "txt") {
      files.stage_bytes(out[i], render_txt(doc));
    }
  }
  files.commit();
  return out;
}

}  // namespace formwork
