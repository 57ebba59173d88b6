#include <memory>
#include <optional>

#include "cli/commands.h"
#include "cli/error_report.h"
#include "cli/output_set.h"
#include "cli/record_checker.h"
#include "data/records.h"
#include "fonts/font_engine.h"
#include "layout/layout.h"
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

// Renders one record: one layout serves its own PDF and the merged one.
// Errors of one record never stop the batch.
int render_record(const Template& tpl, const RecordChecker& checker, const Record& rec,
                  OutputSet& outputs, FontEngine* engine, MergedPdfWriter* merged,
                  const RenderOptions& opt, std::ostream& out, std::ostream& err) {
  auto problems = checker.problems(rec.value);
  if (!problems.empty()) {
    print_problems(err, rec, problems);
    return kInvalidData;
  }
  try {
    const std::string base = outputs.reserve(tpl.output_name(rec.value));
    Document doc = tpl.render(rec.value);
    std::optional<LaidOutDocument> laid;
    if (engine) laid = layout_document(doc, *engine);
    auto paths = outputs.write(doc, laid ? &*laid : nullptr, engine, base);
    if (merged) merged->add(*laid, doc.title.empty() ? base : doc.title);
    if (!opt.quiet) {
      out << record_label(rec) << ": " << base << " →";
      for (const auto& p : paths) out << " " << p;
      out << "\n";
    }
    return kOk;
  } catch (...) {
    return report_exception(err, record_label(rec) + ": ");
  }
}

}  // namespace

int run_render(const RenderOptions& opt, const TemplateLocator& locator, std::ostream& out,
               std::ostream& err) {
  try {
    Template tpl = Template::load(locator.find(opt.template_name));
    RecordChecker checker(tpl, wants(opt.formats, "xlsx"));
    std::vector<Record> records = load_records(opt.data_path);
    const bool merge = !opt.merge_path.empty();
    const FontConfig fonts =
        opt.fonts_path.empty() ? FontConfig::defaults() : FontConfig::load(opt.fonts_path);
    OutputSet outputs(opt.out_dir, opt.formats, fonts);
    std::unique_ptr<FontEngine> engine;
    if (merge || outputs.wants_pdf()) engine = std::make_unique<FontEngine>(fonts.resolve());
    std::unique_ptr<MergedPdfWriter> merged;
    if (merge) merged = std::make_unique<MergedPdfWriter>(opt.merge_path, *engine);
    int status = kOk, done = 0;
    for (const Record& rec : records) {
      int s = render_record(tpl, checker, rec, outputs, engine.get(), merged.get(), opt, out, err);
      status = worse(status, s);
      done += s == kOk;
    }
    if (merged && merged->count() > 0) {
      merged->finish();
      if (!opt.quiet) {
        out << "merged " << merged->count() << " documents into " << opt.merge_path << "\n";
      }
    }
    err << "formwork: rendered " << done << " of " << records.size() << " records into "
        << opt.out_dir << "\n";
    return status;
  } catch (...) {
    return report_exception(err);
  }
}

}  // namespace formwork
