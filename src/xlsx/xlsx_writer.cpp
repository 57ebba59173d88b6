#include "xlsx/xlsx_writer.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
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

/// Where PrivateTempDir makes its folder (see there).
std::filesystem::path scratch_base() {
  const char* tmpdir = std::getenv("TMPDIR");
  if (tmpdir != nullptr && *tmpdir != '\0') return tmpdir;
  std::error_code ec;
  if (::access("/dev/shm", W_OK | X_OK) == 0 && std::filesystem::is_directory("/dev/shm", ec)) {
    return "/dev/shm";
  }
  return std::filesystem::temp_directory_path();
}

/// A folder only this process can enter (mkdtemp: mode 0700, random name)
/// for libxlsxwriter's own temporary files, removed afterwards. Without it
/// libxlsxwriter 1.1.4 makes them with tmpfileplus in $TMPDIR, /tmp or
/// "." under names from srand(time): opened O_CREAT|O_EXCL, so a planted
/// symlink is not followed, but a planted name makes it fall back to the
/// next folder, down to the current one.
///
/// The folder is made in $TMPDIR when the user set it, otherwise in
/// /dev/shm (tmpfs) when there is one, otherwise in /tmp: libxlsxwriter
/// writes and deletes about 12 small files per workbook, and on a disk file
/// system creating and deleting inodes cost a batch of 96 workbooks 0.1 s of
/// system time (ext4), on tmpfs almost none.
class PrivateTempDir {
 public:
  PrivateTempDir() {
    const std::filesystem::path base = scratch_base();
    std::string pattern = (base / "formwork-xlsx-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
      throw IoError("cannot create a temporary folder in " + base.string() + ": " +
                    std::strerror(errno));
    }
    path_ = std::move(pattern);
  }
  ~PrivateTempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);  // removes symlinks, never their targets
  }
  PrivateTempDir(const PrivateTempDir&) = delete;
  PrivateTempDir& operator=(const PrivateTempDir&) = delete;
  char* c_str() { return path_.data(); }

 private:
  std::string path_;
};

// Column widths are counted in the maximum digit width of the Normal
// style's font (ECMA-376 Part 1 §18.3.1.13), so they print as planned only
// where that font's digits have the width they were planned with (7 px).
// libxlsxwriter's Normal font is Calibri 11, which LibreOffice on a machine
// without it replaces by a face with wider digits (DejaVu Sans: 9 px), and
// fit-to-width then shrinks the whole sheet to ~78 %. Times New Roman is
// everywhere a spreadsheet is opened (as itself on Windows and macOS, as
// its metric twin Liberation Serif under LibreOffice), and its digits are
// half an em: exactly 7 px at 10.5 pt (14 px em at 96 dpi), so applications
// that round the digit width and those that do not agree. Every cell with
// content names its own font and size, so only the unit of width (and
// empty cells) follow this choice.
void set_normal_font(lxw_workbook* wb) {
  lxw_format* normal = STAILQ_FIRST(wb->formats);  // xf 0, whose font is font 0
  format_set_font_name(normal, "Times New Roman");
  format_set_font_size(normal, 10.5);
  format_set_font_scheme(normal, "");  // "minor" would make Excel use the theme's Calibri
}

}  // namespace

void write_xlsx(const Document& doc, const std::string& path, const XlsxOptions& options) {
  if (doc.source_xlsx) {  // a filled XLSX template: the author's workbook, as filled
    write_file_atomic(path, *doc.source_xlsx);
    return;
  }
  // Before any file exists: a formula that disagrees with its value stops
  // the workbook here.
  check_override_roles(options.font_faces);
  check_formulas(doc);
  // libxlsxwriter opens the name it is given with fopen(…, "wb"), which
  // follows symlinks: it gets /proc/self/fd/N of a file created with
  // O_EXCL|O_NOFOLLOW (AtomicOutput), so it writes that very file.
  AtomicOutput out(path);
  write_xlsx_into(doc, out.library_path(), path, options);
  out.commit();
}

void write_xlsx_into(const Document& doc, const std::string& target, const std::string& path,
                     const XlsxOptions& options) {
  check_override_roles(options.font_faces);
  const CheckedFormulas formulas = check_formulas(doc);
  PrivateTempDir tmpdir;
  lxw_workbook_options lxw_options = {};
  lxw_options.tmpdir = tmpdir.c_str();
  std::unique_ptr<lxw_workbook, WorkbookFree> wb(workbook_new_opt(target.c_str(), &lxw_options));
  if (!wb) throw IoError("cannot create XLSX workbook for " + path);
  set_normal_font(wb.get());

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
                         plan_columns(plan.blocks, planned_width_px(plan.page)));
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
}

}  // namespace formwork
