#include <deque>

#include "cli/commands.h"
#include "cli/error_report.h"
#include "cli/output_set.h"
#include "cli/record_checker.h"
#include "data/records.h"
#include "pdf/pdf_writer.h"
#include "template/template.h"
#include "util/errors.h"

namespace formwork {

namespace {

bool wants(const std::vector<std::string>& formats, const std::string& f) {
  for (const auto& x : formats) {
    if (x == f) return true;
  }
  return false;
}

std::string record_label(const Record& r) {
  return "record " + std::to_string(r.index + 1) + " (line " + std::to_string(r.line) + ")";
}

void print_problems(std::ostream& err, const Record& r, const std::vector<std::string>& problems) {
  err << "formwork: " << record_label(r) << " is invalid, nothing written for it:\n";
  for (const auto& p : problems) err << "  " << p << "\n";
}

// Renders one record; returns its exit status and keeps the document for
// the merged PDF. Errors of one record never stop the batch.
int render_record(const Template& tpl, const RecordChecker& checker, const Record& rec,
                  OutputSet& outputs, std::deque<Document>& merged, bool keep,
                  const RenderOptions& opt, std::ostream& out, std::ostream& err) {
  auto problems = checker.problems(rec.value);
  if (!problems.empty()) {
    print_problems(err, rec, problems);
    return kInvalidData;
  }
  try {
    std::string name = tpl.output_name(rec.value);
    Document doc = tpl.render(rec.value);
    auto paths = outputs.write(doc, name);
    if (!opt.quiet) {
      out << record_label(rec) << ": " << name << " →";
      for (const auto& p : paths) out << " " << p;
      out << "\n";
    }
    if (keep) merged.push_back(std::move(doc));
    return kOk;
  } catch (...) {
    return report_exception(err, record_label(rec) + ": ");
  }
}

int write_merged(const std::deque<Document>& docs, const OutputSet& outputs,
                 const RenderOptions& opt, std::ostream& out) {
  std::vector<const Document*> ptrs;
  for (const auto& d : docs) ptrs.push_back(&d);
  write_pdf(ptrs, outputs.fonts(), opt.merge_path);
  if (!opt.quiet) out << "merged " << ptrs.size() << " documents into " << opt.merge_path << "\n";
  return kOk;
}

}  // namespace

int run_render(const RenderOptions& opt, const TemplateLocator& locator, std::ostream& out,
               std::ostream& err) {
  try {
    Template tpl = Template::load(locator.find(opt.template_name));
    RecordChecker checker(tpl, wants(opt.formats, "xlsx"));
    std::vector<Record> records = load_records(opt.data_path);
    bool merge = !opt.merge_path.empty();
    OutputSet outputs(opt.out_dir, opt.formats, opt.fonts_path, merge || wants(opt.formats, "pdf"));
    std::deque<Document> merged;
    int status = kOk, done = 0;
    for (const Record& rec : records) {
      int s = render_record(tpl, checker, rec, outputs, merged, merge, opt, out, err);
      status = worse(status, s);
      done += s == kOk;
    }
    if (merge && !merged.empty()) write_merged(merged, outputs, opt, out);
    err << "formwork: rendered " << done << " of " << records.size() << " records into "
        << opt.out_dir << "\n";
    return status;
  } catch (...) {
    return report_exception(err);
  }
}

}  // namespace formwork
