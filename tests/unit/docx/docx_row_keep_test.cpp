// A table row kept with the next (Row::keep_with_next): Word keeps rows
// together through w:keepNext on the paragraphs of a row, so every
// paragraph of such a row has it, and no other row's paragraphs do.
#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <string>

#include "docx/docx_writer.h"
#include "docx_test_support.h"

namespace formwork {
namespace {

Cell cell(const std::string& text) {
  Cell c;
  Paragraph p;
  p.runs.push_back(formwork::Run{text, TextStyle{}});
  c.paragraphs.push_back(p);
  return c;
}

TEST(DocxRowKeep, ParagraphsOfAKeptRowKeepWithTheNext) {
  Document d;
  Table t;
  t.column_widths = {1, 1};
  Row label;
  label.cells = {cell("一、产出指标"), cell("")};
  label.keep_with_next = true;
  Row item;
  item.cells = {cell("数量指标"), cell("96 项")};
  t.rows = {label, item};
  d.blocks.push_back(t);
  const std::string path = docx_test::fresh_dir() + "/keep.docx";
  write_docx(d, path);
  pugi::xml_document xml;
  ASSERT_TRUE(xml.load_string(docx_test::zip_entry(path, "word/document.xml").c_str()));
  pugi::xpath_node_set rows = xml.select_nodes("//w:tbl/w:tr");
  ASSERT_EQ(rows.size(), 2u);
  for (size_t r = 0; r < 2; ++r) {
    for (pugi::xpath_node p : rows[r].node().select_nodes(".//w:p")) {
      EXPECT_EQ(static_cast<bool>(p.node().child("w:pPr").child("w:keepNext")), r == 0)
          << "row " << r;
    }
  }
}

}  // namespace
}  // namespace formwork
