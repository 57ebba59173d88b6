// libFuzzer harness: spreadsheet and CSV data. The first byte picks the
// reader (even: CSV/TSV through libcsv, odd: an XLSX package through libzip
// and pugixml), the rest is the file; the table is then typed into records
// as `render` does. Errors must be DataError; anything else (a crash, a
// sanitizer report, another exception type) is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "data/csv_table.h"
#include "data/sheet_records.h"
#include "data/xlsx_table.h"
#include "util/errors.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    formwork::SheetTable table;
    if (data[0] % 2 == 1) {
      table = formwork::read_xlsx_bytes(bytes, "fuzz.xlsx");
    } else {
      table.file = "fuzz.csv";
      formwork::parse_delimited(bytes, data[0] % 4 == 0 ? ',' : '\t', table);
    }
    formwork::sheet_records(table, formwork::ColumnTypes(), "");
  } catch (const formwork::DataError&) {
  }
  return 0;
}
