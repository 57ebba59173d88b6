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
    fs::path p = fs::path(dir) / (name_or_path + ".xml");
    if (fs::is_regular_file(p, ec)) return p.string();
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
      if (entry.is_regular_file() && entry.path().extension() == ".xml") {
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

}  // namespace formwork
