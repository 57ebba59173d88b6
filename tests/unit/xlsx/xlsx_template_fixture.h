#pragma once
// Builders for the XLSX template tests: minimal SpreadsheetML packages made
// in memory (build_zip), filled, and read back part by part.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "model/value.h"
#include "ooxml/package_reader.h"
#include "ooxml/zip_package.h"
#include "util/errors.h"
#include "xlsx/xlsx_template.h"
#include "xlsx/xlsx_template_package.h"

namespace formwork::xlsx_template_test {

/// An inline-string cell.
inline std::string str(const std::string& ref, const std::string& text, int style = 0) {
  return "<c r=\"" + ref + "\" t=\"inlineStr\"" +
         (style ? " s=\"" + std::to_string(style) + "\"" : "") + "><is><t>" + text +
         "</t></is></c>";
}
/// A number cell.
inline std::string num(const std::string& ref, const std::string& v) {
  return "<c r=\"" + ref + "\"><v>" + v + "</v></c>";
}
/// A formula cell (cached value 0).
inline std::string fml(const std::string& ref, const std::string& f) {
  return "<c r=\"" + ref + "\"><f>" + f + "</f><v>0</v></c>";
}
inline std::string row(int r, const std::string& cells, const std::string& attrs = "") {
  return "<row r=\"" + std::to_string(r) + "\"" + attrs + ">" + cells + "</row>";
}

struct TestSheet {
  std::string name;
  std::string rows;        ///< <row> elements
  std::string after = "";  ///< elements after sheetData (mergeCells, headerFooter…)
};

struct BookOptions {
  std::string defined_names = "";   ///< <definedName> elements
  std::vector<std::string> shared;  ///< <si> inner XML each
  bool calc_chain = false;
  bool date1904 = false;
  std::string types = "";         ///< more <Default>/<Override> for [Content_Types].xml
  std::vector<ZipEntry> extra{};  ///< more parts (a sheet's rels, a drawing, media)
};

/// A workbook with `sheets`; styles: 0 General, 1 date (numFmt 14),
/// 2 custom date yyyy"年"m"月"d"日", 3 "0.00".
inline std::string build_book(const std::vector<TestSheet>& sheets, const BookOptions& o = {}) {
  const std::string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::string types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/xl/workbook.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      "<Override PartName=\"/xl/styles.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
  std::string wb =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"" + ns +
      "\" xmlns:r=\"" + rel + "\">" +
      (o.date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>";
  std::string wbrels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rIdS\" Type=\"" +
      rel + "/styles\" Target=\"styles.xml\"/>";
  std::vector<ZipEntry> sheet_entries;
  for (size_t i = 0; i < sheets.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    types += "<Override PartName=\"/xl/worksheets/sheet" + n +
             ".xml\" "
             "ContentType=\"application/"
             "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    wb += "<sheet name=\"" + sheets[i].name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    wbrels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel +
              "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
    sheet_entries.push_back(
        {"xl/worksheets/sheet" + n + ".xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + ns +
             "\" xmlns:r=\"" + rel + "\"><dimension ref=\"A1:F9\"/><sheetData>" + sheets[i].rows +
             "</sheetData>" + sheets[i].after + "</worksheet>"});
  }
  wb += "</sheets>";
  if (!o.defined_names.empty()) wb += "<definedNames>" + o.defined_names + "</definedNames>";
  wb += "<calcPr calcId=\"191029\"/></workbook>";
  std::vector<ZipEntry> entries;
  if (!o.shared.empty()) {
    types +=
        "<Override PartName=\"/xl/sharedStrings.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>";
    wbrels += "<Relationship Id=\"rIdSS\" Type=\"" + rel +
              "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    std::string sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + ns + "\">";
    for (const std::string& si : o.shared) sst += "<si>" + si + "</si>";
    entries.push_back({"xl/sharedStrings.xml", sst + "</sst>"});
  }
  if (o.calc_chain) {
    types +=
        "<Override PartName=\"/xl/calcChain.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml\"/"
        ">";
    wbrels += "<Relationship Id=\"rIdC\" Type=\"" + rel + "/calcChain\" Target=\"calcChain.xml\"/>";
    entries.push_back({"xl/calcChain.xml", "<?xml version=\"1.0\"?><calcChain xmlns=\"" + ns +
                                               "\"><c r=\"A1\" i=\"1\"/></calcChain>"});
  }
  types += o.types + "</Types>";
  wbrels += "</Relationships>";
  std::string styles =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + ns +
      "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" "
      "formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
      "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
      "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
      "<borders count=\"1\"><border/></borders>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
      "borderId=\"0\"/></cellStyleXfs>"
      "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" "
      "xfId=\"0\"/>"
      "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
      "applyNumberFormat=\"1\"/>"
      "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
      "applyNumberFormat=\"1\"/>"
      "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
      "applyNumberFormat=\"1\"/></cellXfs>"
      "</styleSheet>";
  std::vector<ZipEntry> all{
      {"[Content_Types].xml", types},
      {"_rels/.rels",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
       "Id=\"rId1\" Type=\"" +
           rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
      {"xl/workbook.xml", wb},
      {"xl/_rels/workbook.xml.rels", wbrels},
      {"xl/styles.xml", styles}};
  all.insert(all.end(), sheet_entries.begin(), sheet_entries.end());
  all.insert(all.end(), entries.begin(), entries.end());
  all.insert(all.end(), o.extra.begin(), o.extra.end());
  return build_zip(all);
}

/// Writes `bytes` to a fresh file under the test temp folder; its path.
inline std::string write_temp(const std::string& bytes, const std::string& name) {
  std::filesystem::path dir = std::filesystem::path(FORMWORK_TEST_TMP) / "xlsx-template";
  std::filesystem::create_directories(dir);
  std::filesystem::path p = dir / name;
  std::ofstream(p, std::ios::binary) << bytes;
  return p.string();
}

/// Loads `sheets` as a template (named after the running test), its
/// pictures from `pictures` (may be null).
inline XlsxTemplate load_book(const std::vector<TestSheet>& sheets, const BookOptions& o = {},
                              const PictureFiles* pictures = nullptr) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = std::string(info->test_suite_name()) + "-" + info->name() + ".xlsx";
  return XlsxTemplate::load(write_temp(build_book(sheets, o), name), pictures);
}

/// A filled package read back.
class Filled {
 public:
  explicit Filled(std::string bytes) : bytes_(std::move(bytes)), pkg_(bytes_) {}

  std::optional<std::string> part(const std::string& name) const { return pkg_.part(name); }

  /// Every entry name of the package, in archive order.
  std::vector<std::string> entry_names() const {
    std::vector<std::string> names;
    for (const ZipEntry& e : read_package_entries(bytes_, "filled")) names.push_back(e.name);
    return names;
  }

  /// Parsed part (asserts that it exists).
  pugi::xml_document& xml(const std::string& name) {
    auto& doc = docs_[name];
    if (!doc) {
      doc = std::make_unique<pugi::xml_document>();
      std::optional<std::string> bytes = pkg_.part(name);
      EXPECT_TRUE(bytes) << name;
      doc->load_string(bytes ? bytes->c_str() : "<none/>");
    }
    return *doc;
  }

  pugi::xml_node sheet(int n = 1) {
    return xml("xl/worksheets/sheet" + std::to_string(n) + ".xml").document_element();
  }

  /// The <c> at `ref` on sheet `n` (null when absent).
  pugi::xml_node cell(const std::string& ref, int n = 1) {
    return sheet(n).select_node(("//c[@r='" + ref + "']").c_str()).node();
  }
  /// What a reader shows of the cell: inline text, <v> otherwise.
  std::string value(const std::string& ref, int n = 1) {
    pugi::xml_node c = cell(ref, n);
    if (std::string_view(c.attribute("t").value()) == "inlineStr")
      return c.child("is").child("t").text().get();
    return c.child("v").text().get();
  }
  std::string type(const std::string& ref, int n = 1) {
    return cell(ref, n).attribute("t").value();
  }
  std::string formula(const std::string& ref, int n = 1) {
    return cell(ref, n).child("f").text().get();
  }
  /// The r of every row of sheet n, in order: "1 2 3".
  std::string rows(int n = 1) {
    std::string out;
    for (pugi::xml_node r : sheet(n).child("sheetData").children("row"))
      out += (out.empty() ? "" : " ") + std::string(r.attribute("r").value());
    return out;
  }
  /// Every mergeCell ref of sheet n, space-separated.
  std::string merges(int n = 1) {
    std::string out;
    for (pugi::xml_node m : sheet(n).child("mergeCells").children("mergeCell"))
      out += (out.empty() ? "" : " ") + std::string(m.attribute("ref").value());
    return out;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  OpcPackage pkg_;
  std::map<std::string, std::unique_ptr<pugi::xml_document>> docs_;
};

/// A record from JSON-like pieces.
inline Value obj(std::vector<std::pair<std::string, Value>> members) {
  Object o;
  for (auto& [k, v] : members) o.set(k, std::move(v));
  return Value(std::move(o));
}
inline Value num_value(const char* text) { return Value(*Decimal::parse(text)); }

}  // namespace formwork::xlsx_template_test
