// Renders N records of a template to PDF the way a batch does — one font
// engine, layout once per record, its own PDF and/or the merged print
// file — without the CLI's data loading, validation or other formats, so
// the PDF side is measured alone. A benchmark, not a test: see run.sh.
//
//   pdf_bench TEMPLATE DATA N [--jobs J] [--files DIR] [--merge OUT.pdf]
//             [--copies C] [--duplex]
//
// Record i is DATA's record i mod |DATA| with 编号 set to i + 1 (seven
// digits), so every record differs.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "data/records.h"
#include "fonts/font_config.h"
#include "layout/layout.h"
#include "pdf/pdf_writer.h"
#include "template/template.h"

namespace {

using namespace formwork;

struct Options {
  std::string tpl, data, files, merge;
  size_t records = 0;
  unsigned jobs = 1;
  PrintOptions print;
};

Options parse(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: pdf_bench TEMPLATE DATA N [--jobs J] [--files DIR] [--merge OUT.pdf] "
                 "[--copies C] [--duplex]\n";
    std::exit(1);
  }
  Options o;
  o.tpl = argv[1];
  o.data = argv[2];
  o.records = std::stoul(argv[3]);
  for (int i = 4; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--jobs")
      o.jobs = std::max(1, std::stoi(next()));
    else if (a == "--files")
      o.files = next();
    else if (a == "--merge")
      o.merge = next();
    else if (a == "--copies")
      o.print.copies = std::stoi(next());
    else if (a == "--duplex")
      o.print.duplex = true;
  }
  return o;
}

Value numbered(const Value& base, size_t i) {
  Object o = base.as_object();
  char id[16];
  std::snprintf(id, sizeof id, "%07zu", i + 1);
  o.set("编号", Value(std::string(id)));
  return Value(std::move(o));
}

}  // namespace

int main(int argc, char** argv) {
  const Options opt = parse(argc, argv);
  const auto start = std::chrono::steady_clock::now();
  const Template tpl = Template::load(opt.tpl);
  const std::vector<Record> base = load_records(opt.data);
  FontEngine fonts(FontConfig::defaults().resolve());
  std::optional<MergedPdfWriter> merged;
  if (!opt.merge.empty()) merged.emplace(opt.merge, fonts, opt.print);

  // Records go through in batches: workers lay out and write their own
  // PDFs, then the merged file takes the batch in record order.
  const size_t batch = 64 * opt.jobs;
  std::vector<std::unique_ptr<LaidOutDocument>> slots(batch);
  size_t warnings = 0;
  for (size_t first = 0; first < opt.records; first += batch) {
    const size_t n = std::min(batch, opt.records - first);
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t k; (k = next++) < n;) {
        const Value record = numbered(base[(first + k) % base.size()].value, first + k);
        slots[k] = std::make_unique<LaidOutDocument>(layout_document(tpl.render(record), fonts));
        if (!opt.files.empty()) {
          std::ofstream(opt.files + "/" + tpl.output_name(record) + ".pdf", std::ios::binary)
              << pdf_bytes(*slots[k], fonts);
        }
      }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < opt.jobs; ++t) threads.emplace_back(work);
    work();
    for (std::thread& t : threads) t.join();
    for (size_t k = 0; k < n; ++k) {
      warnings += slots[k]->warnings.size();
      if (merged) merged->add(*slots[k], slots[k]->title);
      slots[k].reset();
    }
  }
  if (merged) merged->finish();
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%zu records, %u jobs: %.3f s (%.0f records/s), %zu warnings\n", opt.records,
              opt.jobs, secs, opt.records / secs, warnings);
  return 0;
}
