#include "cli/commands.h"
#include "cli/error_report.h"
#include "pdf/pdf_join.h"

namespace formwork {

int run_merge(const std::string& out_path, const std::vector<std::string>& parts, std::ostream& out,
              std::ostream& err) {
  try {
    const JoinResult r = join_pdfs(out_path, parts);
    out << "merged " << parts.size() << " files (" << r.pages << " pages, " << r.bookmarks
        << " bookmarks) into " << out_path << "\n";
    return kOk;
  } catch (...) {
    return report_exception(err);
  }
}

}  // namespace formwork
