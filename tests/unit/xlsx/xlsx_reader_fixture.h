#pragma once
// Small workbooks built in memory for the XLSX reader tests: the parts a
// spreadsheet application writes, reduced to what each test needs.
#include <string>
#include <utility>
#include <vector>

#include "ooxml/zip_package.h"

namespace formwork::xlsx_reader_test {

/// One worksheet: its name, state ("" visible, "hidden") and the children
/// of its worksheet element (sheetData, cols, mergeCells, pageSetup…).
struct SheetXml {
  SheetXml(std::string name, std::string body, std::string state = "")
      : name(std::move(name)), body(std::move(body)), state(std::move(state)) {}
  std::string name;
  std::string body;
  std::string state;
  std::vector<ZipEntry> extra_parts;  ///< e.g. a drawing and its rels
  std::string rels;                   ///< Relationship elements of the sheet's part
};

/// styles.xml: fonts 0 宋体 11, 1 宋体 18 bold, 2 "Comic Sans MS", 3 黑体 12
/// italic red; fills 2 solid grey, 3 solid white; borders 1 all thin, 2
/// bottom only, 3 all thick; numFmt 164 yyyy"年"m"月"d"日", 165 "¥"#,##0.00.
/// cellXfs: 0 default; 1 title (font 1, centred); 2 bordered; 3 bordered
/// #,##0.00; 4 bordered grey centred; 5 date 164; 6 bottom border only; 7
/// white fill; 8 unknown font; 9 right aligned; 10 thick border; 11 font
/// 3 top-aligned wrap; 12 money 165.
inline const std::string kStyles = R"(<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="&quot;¥&quot;#,##0.00"/></numFmts>
<fonts count="4"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="18"/><name val="宋体"/></font><font><sz val="11"/><name val="Comic Sans MS"/></font><font><i/><sz val="12"/><color rgb="FFFF0000"/><name val="黑体"/></font></fonts>
<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFFFF"/></patternFill></fill></fills>
<borders count="4"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border><border><bottom style="thin"/></border><border><left style="thick"/><right style="thick"/><top style="thick"/><bottom style="thick"/></border></borders>
<cellXfs count="13">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1"/>
<xf numFmtId="4" fontId="0" fillId="0" borderId="1"/>
<xf numFmtId="0" fontId="0" fillId="2" borderId="1"><alignment horizontal="center"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="2"/>
<xf numFmtId="0" fontId="0" fillId="3" borderId="0"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment horizontal="right"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="3"/>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0"/>
</cellXfs></styleSheet>)";

/// An inline-string cell: <c r="A1" s="1" t="inlineStr"><is><t>text</t></is></c>.
inline std::string text_cell(const std::string& ref, const std::string& text, int style = 0) {
  return "<c r=\"" + ref + "\" s=\"" + std::to_string(style) + "\" t=\"inlineStr\"><is><t>" + text +
         "</t></is></c>";
}

/// A number cell: <c r="B2" s="3"><v>1234.5</v></c>.
inline std::string number_cell(const std::string& ref, const std::string& value, int style = 0) {
  return "<c r=\"" + ref + "\" s=\"" + std::to_string(style) + "\"><v>" + value + "</v></c>";
}

/// A workbook of `sheets` with kStyles (or `styles`), the shared strings
/// `shared` (si elements, "" for no part) and workbook `defined_names`
/// (definedName elements), and `book_pr` before the sheets (e.g.
/// <workbookPr date1904="1"/>).
inline std::string workbook(const std::vector<SheetXml>& sheets, const std::string& shared = "",
                            const std::string& defined_names = "",
                            const std::string& styles = kStyles, const std::string& book_pr = "") {
  const std::string ns = "http://schemas.openxmlformats.org/";
  const std::string rel = ns + "officeDocument/2006/relationships/";
  std::vector<ZipEntry> parts;
  parts.push_back(
      {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"" + ns +
                                  "package/2006/content-types\"><Default Extension=\"xml\" "
                                  "ContentType=\"application/xml\"/></Types>"});
  parts.push_back({"_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"" + ns +
                                      "package/2006/relationships\"><Relationship Id=\"rId1\" "
                                      "Type=\"" +
                                      rel +
                                      "officeDocument\" "
                                      "Target=\"xl/workbook.xml\"/></Relationships>"});
  std::string book = "<?xml version=\"1.0\"?><workbook xmlns=\"" + ns +
                     "spreadsheetml/2006/main\" xmlns:r=\"" + ns +
                     "officeDocument/2006/relationships\">" + book_pr + "<sheets>";
  std::string rels =
      "<?xml version=\"1.0\"?><Relationships xmlns=\"" + ns + "package/2006/relationships\">";
  for (size_t i = 0; i < sheets.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    book += "<sheet name=\"" + sheets[i].name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"" +
            (sheets[i].state.empty() ? "" : " state=\"" + sheets[i].state + "\"") + "/>";
    rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel +
            "worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
    parts.push_back({"xl/worksheets/sheet" + n + ".xml",
                     "<?xml version=\"1.0\"?><worksheet xmlns=\"" + ns +
                         "spreadsheetml/2006/main\" xmlns:r=\"" + ns +
                         "officeDocument/2006/relationships\">" + sheets[i].body + "</worksheet>"});
    if (!sheets[i].rels.empty()) {
      parts.push_back({"xl/worksheets/_rels/sheet" + n + ".xml.rels",
                       "<?xml version=\"1.0\"?><Relationships xmlns=\"" + ns +
                           "package/2006/relationships\">" + sheets[i].rels + "</Relationships>"});
    }
    for (const ZipEntry& e : sheets[i].extra_parts) parts.push_back(e);
  }
  book += "</sheets>";
  if (!defined_names.empty()) book += "<definedNames>" + defined_names + "</definedNames>";
  book += "</workbook>";
  rels += "<Relationship Id=\"rS\" Type=\"" + rel + "styles\" Target=\"styles.xml\"/>";
  if (!shared.empty()) {
    rels +=
        "<Relationship Id=\"rT\" Type=\"" + rel + "sharedStrings\" Target=\"sharedStrings.xml\"/>";
    parts.push_back({"xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"" + ns +
                                                 "spreadsheetml/2006/main\">" + shared + "</sst>"});
  }
  rels += "</Relationships>";
  parts.push_back({"xl/workbook.xml", book});
  parts.push_back({"xl/_rels/workbook.xml.rels", rels});
  parts.push_back({"xl/styles.xml", styles});
  return build_zip(parts);
}

}  // namespace formwork::xlsx_reader_test
