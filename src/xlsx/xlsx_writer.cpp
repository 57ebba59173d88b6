#include "xlsx/xlsx_writer.h"

#include <xlsxwriter.h>

#include <memory>
#include <stdexcept>

#include "util/atomic_file.h"
#include "util/errors.h"
#include "util/forbidden_chars.h"
#include "xlsx/format_cache.h"
#include "xlsx/formula_cells.h"
#include "xlsx/formula_check.h"
#include "xlsx/print_setup.h"
#include "xlsx/sheet_columns.h"
#include "xlsx/sheet_plan.h"
#include "xlsx/sheet_writer.h"

namespace formwork {
namespace {

/// 2000-01-01T00:00:00Z: a fixed docProps/core.xml creation time, so the
/// same document gives byte-identical files (libxlsxwriter 1.1.4 takes a
/// time_t here; 0 would mean "now").
constexpr time_t kFixedCreated = 946684800;

struct WorkbookFree {
  void operator()(lxw_workbook* wb) const { lxw_workbook_free(wb); }
};

lxw_worksheet* add_sheet(lxw_workbook* wb, const std::string& name) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) throw IoError("libxlsxwriter: cannot add worksheet " + name);
  return ws;
}

}  // namespace

void write_xlsx(const Document& doc, const std::string& path, const XlsxOptions& options) {
  check_override_roles(options.font_faces);
  // Before any file exists: a formula that disagrees with its value stops
  // the workbook here.
  const CheckedFormulas formulas = check_formulas(doc);
  AtomicOutput out(path);
  std::unique_ptr<lxw_workbook, WorkbookFree> wb(workbook_new(out.temp_path().c_str()));
  if (!wb) throw IoError("cannot create XLSX workbook for " + path);

  lxw_doc_properties props = {};
  const std::string title = clean_text(doc.title);
  props.title = const_cast<char*>(title.c_str());  // copied by libxlsxwriter
  props.created = kFixedCreated;
  check_lxw(workbook_set_properties(wb.get(), &props), "document properties");

  FormatCache formats(wb.get(), options.font_faces);
  std::vector<lxw_worksheet*> sheets;
  std::vector<SheetWriter> writers;
  for (const SheetPlan& plan : plan_sheets(doc)) {
    sheets.push_back(add_sheet(wb.get(), plan.name));
    writers.emplace_back(sheets.back(), plan.name, formats,
                         plan_columns(plan.blocks, text_width_px(plan.page)));
    writers.back().write(plan.blocks);
    print_setup(sheets.back(), plan.page, writers.back());
  }
  size_t written = 0;
  for (size_t s = 0; s < writers.size(); ++s) {
    for (const PendingFormula& f : writers[s].formulas()) {
      write_formula(sheets[s], f, formulas.at(s, f.row, f.col));
      ++written;
    }
  }
  if (written != formulas.size()) {
    throw std::logic_error("the sheet writer placed fewer formulas than check_formulas found");
  }

  const lxw_error err = workbook_close(wb.release());  // frees the workbook
  if (err != LXW_NO_ERROR) {
    throw IoError("cannot write " + path + ": " + lxw_strerror(err));
  }
  out.commit();
}

}  // namespace formwork
