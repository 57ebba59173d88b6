#include "cli/template_locator.h"

#include <algorithm>
#include <filesystem>

#include "template/template.h"
#include "util/errors.h"

namespace fs = std::filesystem;

namespace formwork {

TemplateLocator::TemplateLocator(std::string explicit_dir, std::string source_dir) {
  if (!explicit_dir.empty()) {
    dirs_.push_back(std::move(explicit_dir));
    return;
  }
  dirs_.push_back("templates");
  if (!source_dir.empty()) dirs_.push_back(source_dir + "/templates");
}

std::string TemplateLocator::find(const std::string& name_or_path) const {
  std::error_code ec;
  if (fs::is_regular_file(name_or_path, ec)) return name_or_path;
  for (const auto& dir : dirs_) {
    for (const char* ext : {".xml", ".docx"}) {
      fs::path p = fs::path(dir) / (name_or_path + ext);
      if (fs::is_regular_file(p, ec)) return p.string();
    }
  }
  std::string searched;
  for (const auto& dir : dirs_) searched += (searched.empty() ? "" : ", ") + dir;
  throw UsageError("no template '" + name_or_path + "' (looked for a file of that name and in " +
                   searched + "; `formwork list` shows the templates)");
}

std::vector<std::string> TemplateLocator::all() const {
  std::vector<std::string> found;
  std::error_code ec;
  for (const auto& dir : dirs_) {
    if (!fs::is_directory(dir, ec)) continue;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      const fs::path ext = entry.path().extension();
      if (entry.is_regular_file() && (ext == ".xml" || ext == ".docx") &&
          !entry.path().filename().string().starts_with("~$")) {  // Word's lock files
        found.push_back(entry.path().string());
      }
    }
    break;
  }
  std::sort(found.begin(), found.end());
  return found;
}

void allow_pictures_beside(Template& tpl, const std::string& data_path) {
  if (data_path.empty() || data_path == "-") return;
  tpl.add_picture_folder(std::filesystem::path(data_path).parent_path().string());
}

void report_template_warnings(const Template& tpl, std::ostream& err) {
  for (const std::string& w : tpl.warnings())
    err << "formwork: warning: " << tpl.path() << ": " << w << "\n";
}

}  // namespace formwork
