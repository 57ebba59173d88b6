#include "data/sheet_table.h"

#include <cctype>

namespace formwork {

std::string column_letters(std::size_t column) {
  std::string out;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) {
    out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return out;
}

namespace {

// A sheet name as a cell reference writes it: quoted ('Plan 2016'!A1, a
// quote doubled) when it holds a space or ASCII punctuation.
std::string sheet_ref(const std::string& sheet) {
  bool quote = false;
  for (unsigned char c : sheet) quote |= c < 0x80 && !std::isalnum(c) && c != '_' && c != '.';
  if (!quote) return sheet;
  std::string out = "'";
  for (char c : sheet) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

}  // namespace

std::string cell_place(const SheetTable& t, const SheetRow& row, std::size_t column,
                       const std::string& header) {
  if (!t.sheet.empty()) {
    return t.file + " " + sheet_ref(t.sheet) + "!" + column_letters(column) +
           std::to_string(row.number);
  }
  return t.file + " line " + std::to_string(row.number) + ", column " +
         (header.empty() ? column_letters(column) : header);
}

}  // namespace formwork
