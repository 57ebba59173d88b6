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

// Word repeats header rows only at a table's top, so a header row below
// body rows starts a second w:tbl on the same grid, after a 1 pt paragraph
// kept with it; its header rows carry w:tblHeader and keep with the next.
TEST(DocxRowKeep, AHeaderRowBelowBodyRowsStartsATableOfItsOwn) {
  Document d;
  Table t;
  t.column_widths = {1, 3};
  Row info;
  info.cells = {cell("项目名称"), cell("甲")};
  Row head;
  head.cells = {cell("指标"), cell("得分")};
  head.header = true;
  Row item;
  item.cells = {cell("项目进度"), cell("20")};
  t.rows = {info, head, item, item};
  d.blocks.push_back(t);
  const std::string path = docx_test::fresh_dir() + "/later-header.docx";
  write_docx(d, path);
  pugi::xml_document xml;
  ASSERT_TRUE(xml.load_string(docx_test::zip_entry(path, "word/document.xml").c_str()));
  pugi::xpath_node_set tables = xml.select_nodes("//w:body/w:tbl");
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(tables[0].node().select_nodes("w:tr").size(), 1u);
  pugi::xpath_node_set rows = tables[1].node().select_nodes("w:tr");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_TRUE(rows[0].node().child("w:trPr").child("w:tblHeader"));
  EXPECT_TRUE(rows[0].node().select_node(".//w:p/w:pPr/w:keepNext"));
  EXPECT_FALSE(rows[1].node().child("w:trPr").child("w:tblHeader"));
  // Both tables on one grid.
  auto grid = [](pugi::xml_node tbl) {
    std::string g;
    for (pugi::xml_node c : tbl.child("w:tblGrid").children("w:gridCol")) {
      g += std::string(c.attribute("w:w").value()) + ",";
    }
    return g;
  };
  EXPECT_EQ(grid(tables[0].node()), grid(tables[1].node()));
  pugi::xml_node between = tables[0].node().next_sibling();
  ASSERT_STREQ(between.name(), "w:p");
  EXPECT_STREQ(between.child("w:pPr").first_child().name(), "w:keepNext");
}

TEST(DocxRowKeep, ARowspanCrossingTheHeaderRowKeepsOneTable) {
  Document d;
  Table t;
  t.column_widths = {1, 3};
  Row first;
  Cell label = cell("组");
  label.rowspan = 2;
  first.cells = {label, cell("a")};
  Row head;
  head.cells = {cell("指标")};
  head.header = true;
  Row item;
  item.cells = {cell("x"), cell("y")};
  t.rows = {first, head, item};
  d.blocks.push_back(t);
  const std::string path = docx_test::fresh_dir() + "/crossed.docx";
  write_docx(d, path);
  pugi::xml_document xml;
  ASSERT_TRUE(xml.load_string(docx_test::zip_entry(path, "word/document.xml").c_str()));
  EXPECT_EQ(xml.select_nodes("//w:body/w:tbl").size(), 1u);
}

}  // namespace
}  // namespace formwork
