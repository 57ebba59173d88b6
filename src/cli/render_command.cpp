#include <unistd.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <sstream>
#include <thread>

#include "cli/commands.h"
#include "cli/error_report.h"
#include "cli/ledger.h"
#include "cli/output_set.h"
#include "cli/progress.h"
#include "cli/record_checker.h"
#include "cli/shard.h"
#include "data/record_stream.h"
#include "data/records.h"
#include "data/sheet_records.h"
#include "fonts/font_engine.h"
#include "layout/layout.h"
#include "pdf/pdf_writer.h"
#include "template/template.h"
#include "util/atomic_file.h"
#include "util/errors.h"
#include "util/ordered_pool.h"
#include "validate/messages.h"

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

/// One record with the base name reserved for it in record order.
struct Job {
  Record record;
  std::string base;  ///< empty when output_name failed (reported by the worker)
};

/// What a worker made of one record: its exit status, the lines to print
/// (stdout and stderr, in the order a one-thread run prints them) and its
/// layout for the merged PDF.
struct Outcome {
  int status = kOk;
  std::string out, err;
  std::optional<LaidOutDocument> laid;
  std::string bookmark;
  ManifestEntry entry;  ///< its manifest line (with --manifest)
  bool kept = false;    ///< --resume found its files complete; nothing rewritten
};

/// Everything a worker needs, shared read-only by all of them (OutputSet
/// and FontEngine are thread-safe for what is called here).
struct Batch {
  const Template& tpl;
  const RecordChecker& checker;
  const OutputSet& outputs;
  FontEngine* engine;  ///< null when no PDF is made
  bool merge;
  const RenderOptions& opt;
  const BatchLedger& ledger;
  Lang lang;  ///< of the data-problem messages (--lang)
};

/// The manifest status of an exit status.
const char* manifest_status(int status) {
  return status == kOk ? "written" : status == kInvalidData ? "invalid" : "failed";
}

void print_problems(std::ostream& err, const Record& r, const std::vector<std::string>& problems,
                    Lang lang) {
  err << "formwork: " << invalid_record_header(r.index + 1, r.line, lang) << "\n";
  for (const auto& p : problems)
    err << "  " << locate_problem(translate_problem(p, lang), r) << "\n";
}

/// Renders one record: one layout serves its own PDF and the merged one.
/// Errors of one record never stop the batch.
Outcome render_record(const Batch& b, const Job& job) {
  Outcome o;
  std::ostringstream out, err;
  const Record& rec = job.record;
  std::string input_sha;
  if (!rec.error.empty()) {
    err << "formwork: " << record_label(rec)
        << " cannot be read, nothing written for it: " << rec.error << "\n";
    o.status = kInvalidData;
    o.err = err.str();
    if (b.ledger.enabled()) o.entry = b.ledger.entry(rec.index, "invalid", "", {});
    return o;
  }
  try {
    auto problems = b.checker.problems(rec.value);
    if (!problems.empty()) {
      print_problems(err, rec, problems, b.lang);
      o.status = kInvalidData;
    } else {
      if (job.base.empty()) b.tpl.output_name(rec.value);  // throws the naming error
      if (b.ledger.enabled()) input_sha = BatchLedger::input_digest(rec.value);
      if (b.opt.resume) {
        if (auto earlier = b.ledger.complete(rec.index, input_sha, b.outputs.paths(job.base))) {
          o.kept = true;
          o.entry = std::move(*earlier);
        }
      }
      if (o.kept && !b.merge) {
        if (!b.opt.quiet) out << record_label(rec) << ": " << job.base << " unchanged, kept\n";
        o.out = out.str();
        return o;
      }
      // Checks of level "warning" first, then what layout met (a character
      // no font has): printed alike, and refused alike under --strict.
      std::vector<std::string> warnings = b.checker.warnings(rec.value);
      Document doc = b.tpl.render(rec.value);
      std::optional<LaidOutDocument> laid;
      if (b.engine) laid = layout_document(doc, *b.engine);
      if (laid) warnings.insert(warnings.end(), laid->warnings.begin(), laid->warnings.end());
      if (!warnings.empty()) {
        for (const auto& w : warnings) {
          err << "formwork: " << record_label(rec) << (b.opt.strict ? ": " : ": warning: ") << w
              << "\n";
        }
        if (b.opt.strict) {
          err << "formwork: " << record_label(rec) << " not written (--strict)\n";
          o.status = kInvalidData;
        }
      }
      if (o.status == kOk) {
        if (o.kept) {
          // Laid out again only for the merged PDF; its files stay as they are.
          if (!b.opt.quiet) out << record_label(rec) << ": " << job.base << " unchanged, kept\n";
        } else {
          auto paths = b.outputs.write(doc, laid ? &*laid : nullptr, b.engine, job.base);
          if (!b.opt.quiet) {
            out << record_label(rec) << ": " << job.base << " →";
            for (const auto& p : paths) out << " " << p;
            out << "\n";
          }
        }
        if (b.merge) {
          o.bookmark = doc.title.empty() ? job.base : doc.title;
          o.laid = std::move(laid);
        }
      }
    }
  } catch (...) {
    o.status = report_exception(err, record_label(rec) + ": ");
  }
  if (b.ledger.enabled() && !o.kept) {
    try {
      o.entry =
          b.ledger.entry(rec.index, manifest_status(o.status), input_sha,
                         job.base.empty() ? std::vector<std::string>{} : b.outputs.paths(job.base));
    } catch (...) {
      o.status = worse(o.status, report_exception(err, record_label(rec) + ": manifest: "));
    }
  }
  o.out = out.str();
  o.err = err.str();
  return o;
}

/// A --merge file inside the output folder takes its name first: a record
/// of the same name gets "-2" instead of being overwritten by the print
/// file at the end of the batch.
void keep_merge_path_free(const std::string& merge_path, OutputSet& outputs) {
  namespace fs = std::filesystem;
  const fs::path merge(merge_path);
  std::error_code ec;
  if (merge.extension() != ".pdf" ||
      !fs::equivalent(merge.parent_path().empty() ? "." : merge.parent_path(), outputs.dir(), ec)) {
    return;
  }
  outputs.reserve(merge.stem().string());
}

/// The font configuration of a run: --fonts, else a fonts.json in the
/// template's folder (docs/fonts.md), else "" (the defaults).
std::string fonts_file(const RenderOptions& opt, const Template& tpl) {
  if (!opt.fonts_path.empty()) return opt.fonts_path;
  namespace fs = std::filesystem;
  const fs::path beside = fs::path(tpl.path()).parent_path() / "fonts.json";
  std::error_code ec;
  return fs::is_regular_file(beside, ec) ? beside.string() : "";
}

unsigned worker_count(unsigned asked) {
  if (asked > 0) return asked;
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

int run_render(const RenderOptions& opt, const TemplateLocator& locator, std::ostream& out,
               std::ostream& err) {
  try {
    Template tpl = Template::load(locator.find(opt.template_name));
    allow_pictures_beside(tpl, opt.data_path);
    report_template_warnings(tpl, err);
    RecordChecker checker(tpl, wants(opt.formats, "xlsx"));
    DataOptions data = opt.data;
    data.schema_path = tpl.schema_path();
    RecordStream records(opt.data_path, data);
    const bool merge = !opt.merge_path.empty();
    const std::string fonts_path = fonts_file(opt, tpl);
    const FontConfig fonts =
        fonts_path.empty() ? FontConfig::defaults() : FontConfig::load(fonts_path);
    OutputSet outputs(opt.out_dir, opt.formats, fonts);
    std::unique_ptr<FontEngine> engine;
    if (merge || outputs.wants_pdf()) engine = std::make_unique<FontEngine>(fonts.resolve());
    if (merge) keep_merge_path_free(opt.merge_path, outputs);
    std::unique_ptr<MergedPdfWriter> merged;
    if (merge) {
      merged = std::make_unique<MergedPdfWriter>(opt.merge_path, *engine,
                                                 PrintOptions{opt.copies, opt.duplex});
    }
    BatchLedger ledger(opt.manifest_path, opt.resume, tpl, fonts_path);
    const Batch batch{tpl,   checker, outputs, engine.get(),
                      merge, opt,     ledger,  message_language(opt.lang)};
    const std::optional<Shard> shard =
        opt.shard.empty() ? std::nullopt : std::optional(parse_shard(opt.shard));
    // A shard needs the number of records to know its block.
    const bool tty = !opt.quiet && ::isatty(STDERR_FILENO);
    const size_t total = shard || tty ? records.total() : 0;
    Progress progress(tty ? (shard ? shard_size(*shard, total) : total) : 0, tty, err);
    int status = kOk;
    size_t done = 0, in_batch = 0;
    const unsigned jobs = worker_count(opt.jobs);
    run_ordered<Job, Outcome>(
        jobs, 4 * static_cast<size_t>(jobs),
        [&](Job& job) {
          while (records.next(job.record)) {
            // Names are reserved here, in record order and for every record
            // (in this shard or not), so they are the same at any -j and on
            // any shard layout; a record whose name cannot be made is
            // reported by its worker.
            try {
              job.base = job.record.error.empty()
                             ? outputs.reserve(tpl.output_name(job.record.value))
                             : "";
            } catch (...) {
              job.base.clear();
            }
            if (!shard || in_shard(*shard, job.record.index, total)) {
              ++in_batch;
              return true;
            }
          }
          return false;
        },
        [&](const Job& job) { return render_record(batch, job); },
        [&](size_t, Outcome&& o) {
          progress.clear();
          out << o.out << std::flush;
          err << o.err;
          status = worse(status, o.status);
          done += o.status == kOk;
          if (o.kept) ledger.count_kept();
          if (merged && o.laid) merged->add(*o.laid, o.bookmark);
          if (ledger.enabled()) ledger.add(o.entry);
          progress.step();
        });
    progress.clear();
    // The records' files were not synced one by one (AtomicFileSet(false)).
    sync_file_system(opt.out_dir);
    if (merged && merged->count() > 0) {
      merged->finish();
      if (!opt.quiet) {
        out << "merged " << merged->count() << " documents into " << opt.merge_path << "\n";
      }
    }
    err << "formwork: rendered " << done << " of " << in_batch << " records";
    if (shard) {
      err << " (shard " << shard->index << "/" << shard->count << " of " << records.count() << ")";
    }
    err << " into " << opt.out_dir;
    if (ledger.kept() > 0) err << "; " << ledger.kept() << " kept from the manifest unchanged";
    err << "\n";
    return status;
  } catch (...) {
    return report_exception(err);
  }
}

}  // namespace formwork
