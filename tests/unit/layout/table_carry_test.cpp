// 续表 captions and 过次页/承前页 rows (Table::continued, Table::carry): a
// table that goes on to another page ends the page with the running totals
// and opens the next one with the caption, the header and the same totals.
#include <gtest/gtest.h>

#include <string>

#include "fake_fonts.h"
#include "layout/layout.h"
#include "layout_test_util.h"

namespace formwork {
namespace {

using layout_test::doc_with_box;
using layout_test::FakeFonts;
using layout_test::lines_of;
using layout_test::margin_pt;
using layout_test::para;
using layout_test::TextLine;

Cell text(const std::string& s) {
  Cell c;
  c.paragraphs.push_back(para(s));
  return c;
}

Cell amount(long long v) {
  Cell c = text(std::to_string(v));
  c.value.number = Decimal(v);
  return c;
}

// 序号 | 摘要 | 金额: 40 rows of 21 pt under a 21 pt header, amounts 1…40.
Table expenses(bool carry, bool caption) {
  Table t;
  t.column_widths = {1, 3, 2};
  t.cell_padding_mm = 3 / kPtPerMm;
  Row head;
  head.header = true;
  head.cells = {text("序号"), text("摘要"), text("金额")};
  t.rows.push_back(head);
  for (int i = 1; i <= 40; ++i) {
    Row r;
    r.cells = {text("N" + std::to_string(i)), text("x"), amount(i)};
    t.rows.push_back(r);
  }
  if (carry) {
    TableCarry c;
    c.columns = {2};
    c.number_format = "#,##0";
    t.carry = c;
  }
  if (caption) t.continued = para("续表");
  return t;
}

std::vector<std::vector<std::string>> page_lines(const Table& t) {
  FakeFonts fonts;
  Document d = doc_with_box(240, 400);
  d.blocks.push_back(t);
  LaidOutDocument out = layout_document(d, fonts);
  std::vector<std::vector<std::string>> pages;
  for (const Page& p : out.pages) {
    pages.emplace_back();
    for (const TextLine& l : lines_of(p)) pages.back().push_back(l.text);
  }
  return pages;
}

// Sum of 1…n.
std::string triangle(int n) {
  long long s = static_cast<long long>(n) * (n + 1) / 2;
  std::string digits = std::to_string(s);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(at, ",");
  return digits;
}

int last_row_on(const std::vector<std::string>& lines) {
  int last = 0;
  for (const std::string& l : lines) {
    if (l.rfind("N", 0) == 0) last = std::stoi(l.substr(1, l.find('x') - 1));
  }
  return last;
}

TEST(TableCarry, EachPageEndsWithTheTotalSoFarAndTheNextOpensWithIt) {
  auto pages = page_lines(expenses(true, true));
  ASSERT_GE(pages.size(), 3u);
  int before = 0;
  for (size_t p = 0; p < pages.size(); ++p) {
    const auto& lines = pages[p];
    const int last = last_row_on(lines);
    ASSERT_GT(last, before) << "page " << p;
    if (p > 0) {
      EXPECT_EQ(lines[0], "续表") << p;
      EXPECT_EQ(lines[1], "序号摘要金额") << p;
      EXPECT_EQ(lines[2], "承前页" + triangle(before)) << p;
      EXPECT_EQ(lines[3], "N" + std::to_string(before + 1) + "x" + std::to_string(before + 1));
    } else {
      EXPECT_EQ(lines[0], "序号摘要金额");
    }
    if (p + 1 < pages.size()) {
      EXPECT_EQ(lines.back(), "过次页" + triangle(last)) << p;
    } else {
      EXPECT_EQ(last, 40);
      EXPECT_EQ(lines.back().find("过次页"), std::string::npos);  // nothing follows
    }
    before = last;
  }
}

TEST(TableCarry, RowsStayInsideThePage) {
  FakeFonts fonts;
  Document d = doc_with_box(240, 400);
  d.blocks.push_back(expenses(true, true));
  LaidOutDocument out = layout_document(d, fonts);
  for (const Page& p : out.pages) {
    for (const TextLine& l : lines_of(p)) EXPECT_LE(l.y, margin_pt() + 400) << l.text;
  }
}

TEST(TableCarry, WithoutCarryOrCaptionNothingIsAdded) {
  for (const auto& lines : page_lines(expenses(false, false))) {
    for (const std::string& l : lines) {
      EXPECT_EQ(l.find("过次页"), std::string::npos);
      EXPECT_EQ(l.find("续表"), std::string::npos);
    }
  }
}

TEST(TableCarry, ATableOnOnePageHasNeither) {
  Table t = expenses(true, true);
  t.rows.resize(5);
  auto pages = page_lines(t);
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_EQ(pages[0].size(), 5u);
}

}  // namespace
}  // namespace formwork
