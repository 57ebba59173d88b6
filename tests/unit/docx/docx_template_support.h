#pragma once
// Small DOCX templates built in code for the DocxTemplate tests, JSON-like
// records, and the filled package read back with libzip and pugixml.
#include <initializer_list>
#include <pugixml.hpp>
#include <string>
#include <utility>
#include <vector>

#include "docx/docx_template.h"
#include "model/value.h"

namespace formwork::fill_test {

/// The w namespace and friends, for hand-written part XML.
inline constexpr const char* kNamespaces =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

/// A package with word/document.xml holding `body` (w:body's content; an
/// A4 w:sectPr referring to the header and footer is appended), and, when
/// not empty, word/header1.xml and word/footer1.xml holding `header` /
/// `footer` (w:hdr / w:ftr content), word/styles.xml, docProps/core.xml.
struct MiniDocx {
  std::string body;
  std::string header;
  std::string footer;
  /// More entries, after the others (e.g. an author's word/media/image1.png).
  std::vector<std::pair<std::string, std::string>> extra;
  /// Writes the package to `path`.
  void write(const std::string& path) const;
};

/// The folder of the running test (FORMWORK_TEST_TMP/docx-fill-<test>-<pid>),
/// emptied on the test's first call.
std::string test_dir();

/// Writes `docx` to the test folder, loads it with `pictures` and fills it
/// for `record`; returns the filled package's bytes.
std::string fill(const MiniDocx& docx, const Value& record, const PictureFiles* pictures = nullptr);

/// Entry `name` of the package `bytes` (empty when absent).
std::string entry(const std::string& bytes, const std::string& name);
/// Entry names of the package `bytes` in order.
std::vector<std::string> entry_names(const std::string& bytes);

/// Parses `xml` into `doc`, failing the test on a parse error.
void parse(const std::string& xml, pugi::xml_document& doc);

/// The text of each w:p under `node` (w:t joined; w:br as '\n', w:tab as
/// '\t'), in document order, nested ones included.
std::vector<std::string> paragraph_texts(pugi::xml_node node);

/// Paragraph `p`'s w:r runs that hold text, with their text (for checking
/// which formatting the text took).
std::vector<std::pair<pugi::xml_node, std::string>> text_runs(pugi::xml_node p);

/// The message of the TemplateError loading (or filling) throws, "" if none.
std::string load_error(const MiniDocx& docx, const Value& record = Value());

/// Records: obj({{"姓名", "李"}, …}), arr({…}), num("186.50").
Value obj(std::initializer_list<std::pair<const char*, Value>> members);
Value arr(std::initializer_list<Value> items);
Value num(const char* decimal);

/// A `width`×`height` RGB PNG (8-bit, one stored deflate block), all red.
std::string tiny_png(int width, int height);

/// A paragraph of one run with `text` (w:t xml:space="preserve"), the
/// run's properties `rpr` (inner XML) when given.
std::string para(const std::string& text, const std::string& rpr = "");

}  // namespace formwork::fill_test
