#pragma once
// Shared fixtures for the DOCX writer tests: a sample document exercising
// every feature, temporary folders, running external readers, and reading
// package parts back with libzip and pugixml.
#include <map>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "model/document.h"

namespace formwork::docx_test {

/// Text of a body run with every XML-special character.
inline constexpr const char* kSpecialText = "Tom & Jerry <b>\"quoted\" 'single'";

/// Landscape A4 (297 × 210 mm; margins top 30, bottom 28, left 26, right 24)
/// with a footer "第 {page} 页 共 {pages} 页", a Title, a Heading 1, a body
/// paragraph (仿宋 16 pt, 2 em first-line indent, a run with kSpecialText
/// and a line break), a 4-column table (weights 1,2,1,1; header row with a
/// shaded colspan-2 cell, a rowspan-2 cell, a 30 mm row, a short row), a
/// page break, a right-aligned paragraph and a borderless 2-column table.
Document sample_document();

/// A fresh empty folder under FORMWORK_TEST_TMP named after the test.
std::string fresh_dir();

/// Runs `command` with /bin/sh, returning its stdout; `status` gets the
/// exit status.
std::string run_command(const std::string& command, int* status = nullptr);

/// Entry names of the ZIP at `path`, in archive order (via libzip).
std::vector<std::string> zip_names(const std::string& path);

/// The bytes of entry `name` of the ZIP at `path`; throws if missing.
std::string zip_entry(const std::string& path, const std::string& name);

/// Parses entry `name` of the DOCX at `path` into `doc`; fails the test on
/// a parse error.
void load_part(const std::string& path, const std::string& name, pugi::xml_document& doc);

/// The start of every python-docx script of the tests: opens argv[1] as
/// `d` and defines out(key, value), which prints "key=value" with newlines
/// written as "\\n".
inline constexpr const char* kPythonDocxPreamble = R"PY(
import sys
import docx
from docx.oxml.ns import qn

d = docx.Document(sys.argv[1])
def out(key, value):
    print(f"{key}={str(value).replace(chr(10), chr(92) + 'n')}")
)PY";

/// Runs /usr/bin/python3 on `script` with the DOCX path as argv[1] and
/// parses its "key=value" output lines ('\n' in values written as "\\n").
std::map<std::string, std::string> run_python(const std::string& script,
                                              const std::string& docx_path);

}  // namespace formwork::docx_test
