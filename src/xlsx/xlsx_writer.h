#pragma once
#include <map>
#include <string>

#include "model/document.h"

namespace formwork {

/// Choices for the XLSX writer beyond the document itself.
struct XlsxOptions {
  /// Font face names by role from the user's font configuration, as
  /// DocxOptions::font_faces (role → face, e.g. {"fangsong", "仿宋_GB2312"}):
  /// cells in a role name that face (office_cell_font), so DOCX and XLSX
  /// show the same family per role.
  std::map<std::string, std::string> font_faces;
};

/// Writes `doc` as an XLSX workbook with libxlsxwriter: one worksheet per
/// named section (see plan_sheets; the first is doc.sheet_name), each with
/// its section's paragraphs and tables top to bottom and its page setup;
/// merged ranges for colspan/rowspan, thin borders, rule paragraphs as
/// bottom borders, number formats such as "#,##0.00", formulas (R1C1 with
/// <k>! and @anchor references in the model, A1 in the file, see
/// resolve_workbook_refs) with the engine's number or text result cached;
/// print setup fit to one page wide, header rows repeated, centred, header
/// and footer lines. Text is always written as a string, never as a
/// formula. Fixed creation time, so output is byte-identical.
/// Every formula is first checked (check_formulas): evaluated in-process and
/// compared with the cached value, before any file is created.
/// Written atomically. Throws IoError, TemplateError for a formula whose
/// reference cannot be resolved, that does not parse, calls a function
/// formwork does not evaluate or disagrees with the template's value, and
/// for an anchor defined twice on a worksheet; std::invalid_argument for a
/// cell overflowing its table's columns or an unknown role in
/// options.font_faces. A document read from a filled XLSX template
/// (Document::source_xlsx) is written as that workbook, byte for byte.
void write_xlsx(const Document& doc, const std::string& path, const XlsxOptions& options = {});

/// write_xlsx into a file that already exists and is the caller's to make
/// atomic (AtomicFileSet::stage): `target` is the name libxlsxwriter opens
/// (e.g. /proc/self/fd/N), `path` the final name used in messages. Throws
/// as write_xlsx does.
void write_xlsx_into(const Document& doc, const std::string& target, const std::string& path,
                     const XlsxOptions& options = {});

}  // namespace formwork
