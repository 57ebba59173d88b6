#include "cli/template_locator.h"

#include <algorithm>
#include <filesystem>

#include "template/template.h"
#include "util/errors.h"

namespace fs = std::filesystem;

namespace formwork {

namespace {

// A bare name is looked up with these, in this order.
constexpr const char* kExtensions[] = {".xml", ".docx", ".xlsx"};

bool is_template_file(const fs::path& path) {
  const fs::path ext = path.extension();
  return ext == ".xml" || ext == ".docx" || ext == ".xlsx";
}

}  // namespace

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
  // "travel-expense.xlsx" names the XLSX one of two templates sharing a stem.
  const bool has_ext = is_template_file(fs::path(name_or_path));
  for (const auto& dir : dirs_) {
    if (has_ext && fs::is_regular_file(fs::path(dir) / name_or_path, ec)) {
      return (fs::path(dir) / name_or_path).string();
    }
    for (const char* ext : kExtensions) {
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
      if (entry.is_regular_file() && is_template_file(entry.path()) &&
          !entry.path().filename().string().starts_with("~$")) {  // Office's lock files
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
