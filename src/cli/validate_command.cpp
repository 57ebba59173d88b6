#include "cli/commands.h"
#include "cli/error_report.h"
#include "cli/record_checker.h"
#include "data/record_stream.h"
#include "data/sheet_records.h"
#include "template/template.h"
#include "validate/messages.h"

namespace formwork {

int run_validate(const std::string& template_name, const std::string& data_path,
                 const std::string& lang_option, const DataOptions& data,
                 const TemplateLocator& locator, std::ostream& out, std::ostream& err) {
  const Lang lang = message_language(lang_option);
  try {
    Template tpl = Template::load(locator.find(template_name));
    allow_pictures_beside(tpl, data_path);
    report_template_warnings(tpl, err);
    RecordChecker checker(tpl);
    DataOptions typed = data;
    typed.schema_path = tpl.schema_path();
    RecordStream records(data_path, typed);
    size_t valid = 0;
    for (Record rec; records.next(rec);) {
      if (!rec.error.empty()) {
        err << record_label(rec.index + 1, rec.line, lang) << ": " << rec.error << "\n";
        continue;
      }
      auto problems = checker.problems(rec.value);
      // A dry run of render: what validate accepts, render renders.
      if (problems.empty()) problems = checker.render_problems(tpl, rec.value);
      if (problems.empty()) {
        ++valid;
        // Valid all the same; render prints them too, and --strict refuses them.
        for (const auto& w : checker.warnings(rec.value))
          err << record_label(rec.index + 1, rec.line, lang) << ": warning: " << w << "\n";
        continue;
      }
      err << problems_header(rec.index + 1, rec.line, problems.size(), lang) << "\n";
      for (const auto& p : problems) {
        err << "  " << locate_problem(translate_problem(p, lang), rec) << "\n";
      }
    }
    out << valid_summary(valid, records.count(), tpl.name(), lang) << "\n";
    return valid == records.count() ? kOk : kInvalidData;
  } catch (...) {
    return report_exception(err);
  }
}

int run_list(const TemplateLocator& locator, std::ostream& out, std::ostream& err) {
  int status = kOk;
  for (const std::string& path : locator.all()) {
    try {
      Template tpl = Template::load(path);
      out << tpl.name() << "\t" << tpl.description() << "\t" << path << "\n";
    } catch (...) {
      status = worse(status, report_exception(err));
    }
  }
  return status;
}

}  // namespace formwork
