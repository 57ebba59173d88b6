#include "xlsx/xlsx_writer.h"

#include <xlsxwriter.h>

#include <memory>

#include "util/atomic_file.h"
#include "util/errors.h"
#include "xlsx/format_cache.h"
#include "xlsx/sheet_columns.h"
#include "xlsx/sheet_name.h"
#include "xlsx/sheet_writer.h"

namespace formwork {
namespace {

constexpr uint8_t kPaperA4 = 9;  // ECMA-376 Part 1 §18.3.1.64 pageSetup@paperSize
/// 2000-01-01T00:00:00Z: a fixed docProps/core.xml creation time, so the
/// same document gives byte-identical files (libxlsxwriter 1.1.4 takes a
/// time_t here; 0 would mean "now").
constexpr time_t kFixedCreated = 946684800;

struct WorkbookFree {
  void operator()(lxw_workbook* wb) const { lxw_workbook_free(wb); }
};

double mm_to_inch(double mm) { return mm / 25.4; }

/// Excel header/footer codes (ECMA-376 Part 1 §18.3.1.46): "&" doubled,
/// {page} → &P, {pages} → &N, centred with &C.
std::string excel_footer(const std::string& pattern) {
  std::string out = "&C";
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern.compare(i, 7, "{pages}") == 0) {
      out += "&N";
      i += 6;
    } else if (pattern.compare(i, 6, "{page}") == 0) {
      out += "&P";
      i += 5;
    } else {
      out += pattern[i] == '&' ? std::string("&&") : std::string(1, pattern[i]);
    }
  }
  return out;
}

lxw_worksheet* add_sheet(lxw_workbook* wb, const std::string& wanted) {
  std::string name = sanitize_sheet_name(wanted.empty() ? "Sheet1" : wanted);
  if (workbook_validate_sheet_name(wb, name.c_str()) != LXW_NO_ERROR) name = "Sheet1";
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) throw IoError("libxlsxwriter: cannot add worksheet " + name);
  return ws;
}

/// A4, orientation, margins, one page wide, centred, no printed gridlines.
void print_setup(lxw_worksheet* ws, const PageSetup& page, const SheetWriter& sheet) {
  worksheet_set_paper(ws, kPaperA4);
  if (page.landscape) {
    worksheet_set_landscape(ws);
  } else {
    worksheet_set_portrait(ws);
  }
  worksheet_set_margins(ws, mm_to_inch(page.margin_left_mm), mm_to_inch(page.margin_right_mm),
                        mm_to_inch(page.margin_top_mm), mm_to_inch(page.margin_bottom_mm));
  // Excel ignores manual page breaks while fit-to-page scaling is on; LibreOffice
  // honours them. One page wide matters more for forms, so both are written.
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_center_horizontally(ws);
  worksheet_gridlines(ws, LXW_SHOW_SCREEN_GRIDLINES);
  if (auto h = sheet.header_rows()) {
    check_lxw(worksheet_repeat_rows(ws, h->first, h->second), "repeat rows");
  }
  if (!sheet.page_breaks().empty()) {
    std::vector<lxw_row_t> breaks(sheet.page_breaks().begin(), sheet.page_breaks().end());
    breaks.push_back(0);  // terminator
    check_lxw(worksheet_set_h_pagebreaks(ws, breaks.data()), "page breaks");
  }
  if (!page.footer.empty()) {
    lxw_header_footer_options opt = {};
    opt.margin = mm_to_inch(page.margin_bottom_mm) / 2;
    check_lxw(worksheet_set_footer_opt(ws, excel_footer(page.footer.pattern).c_str(), &opt), "footer");
  }
}

}  // namespace

void write_xlsx(const Document& doc, const std::string& path) {
  AtomicOutput out(path);
  std::unique_ptr<lxw_workbook, WorkbookFree> wb(workbook_new(out.temp_path().c_str()));
  if (!wb) throw IoError("cannot create XLSX workbook for " + path);

  lxw_doc_properties props = {};
  props.title = const_cast<char*>(doc.title.c_str());  // copied by libxlsxwriter
  props.created = kFixedCreated;
  check_lxw(workbook_set_properties(wb.get(), &props), "document properties");

  lxw_worksheet* ws = add_sheet(wb.get(), doc.sheet_name);
  FormatCache formats(wb.get());
  SheetWriter sheet(ws, formats, plan_columns(doc, text_width_px(doc.page)));
  sheet.write(doc);
  print_setup(ws, doc.page, sheet);

  const lxw_error err = workbook_close(wb.release());  // frees the workbook
  if (err != LXW_NO_ERROR) {
    throw IoError("cannot write " + path + ": " + lxw_strerror(err));
  }
  out.commit();
}

}  // namespace formwork
