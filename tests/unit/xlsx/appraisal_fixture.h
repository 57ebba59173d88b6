#pragma once
// A small community appraisal workbook in the model (issue 4's shape): a
// summary worksheet whose totals, ranks and grades are formulas over two
// community worksheets, reached by worksheet number and anchor.
#include <string>

#include "model/document.h"
#include "xlsx_test_util.h"

namespace formwork::xlsx_test {

/// A formula cell with a cached number.
inline Cell number_formula(const std::string& number, const std::string& formula,
                           const std::string& anchor = "") {
  Cell c = money_cell(number, number, formula);
  c.value.number_format = "0.00";
  c.anchor = anchor;
  return c;
}

/// A formula cell with a cached text result (CellValue::text).
inline Cell text_formula(const std::string& text, const std::string& formula) {
  Cell c = text_cell(text);
  c.value.formula_r1c1 = formula;
  c.value.text = text;
  return c;
}

/// One community: 项目 | 分值 | 扣分 | 得分 (= MAX(0, 分值 − 扣分)), then
/// 合计 anchored "总分". `deductions` and `scores` hold three items each
/// (items of 20, 30 and 50 points).
inline Table community_table(const std::vector<std::string>& deductions,
                             const std::vector<std::string>& scores, const std::string& total) {
  Table t;
  t.column_widths = {3, 1, 1, 1};
  t.rows.push_back(
      row({text_cell("项目"), text_cell("分值"), text_cell("扣分"), text_cell("得分")}, true));
  const char* items[] = {"城市管理", "社会事务", "平安建设"};
  const char* points[] = {"20", "30", "50"};
  for (int i = 0; i < 3; ++i) {
    t.rows.push_back(row({text_cell(items[i]), money_cell(points[i], points[i]),
                          money_cell(deductions[i], deductions[i]),
                          number_formula(scores[i], "MAX(0,RC[-2]-RC[-1])")}));
  }
  t.rows.push_back(
      row({text_cell("合计", 3), number_formula(total, "ROUND(SUM(R[-3]C:R[-1]C),2)", "总分")}));
  return t;
}

/// Worksheets: 1 "汇总" (社区 | 总分 | 排名 | 等次, a 最高 row with a COUNTIF,
/// a SUMPRODUCT and an Excel 2010 RANK.EQ),
/// 2 "社区 A" (landscape, rule, header and footer), 3 "社区 A (2)" (the
/// second section asks for "社区 A" too). `grade_b` is the cached grade of
/// the second community ("良" is right).
inline Document appraisal_document(const std::string& grade_b = "良") {
  Document d;
  d.sheet_name = "汇总";
  Table sum;
  sum.column_widths = {2, 1, 1, 1};
  sum.rows.push_back(
      row({text_cell("社区"), text_cell("总分"), text_cell("排名"), text_cell("等次")}, true));
  sum.rows.push_back(row({text_cell("社区 A"), number_formula("95.5", "<2>!@总分"),
                          number_formula("1", "RANK(RC[-1],R2C2:R3C2)"),
                          text_formula("优", "IF(RC[-2]>=90,\"优\",\"良\")")}));
  sum.rows.push_back(row({text_cell("社区 B"), number_formula("88.25", "<3>!@总分"),
                          number_formula("2", "RANK(RC[-1],R2C2:R3C2)"),
                          text_formula(grade_b, "IF(RC[-2]>=90,\"优\",\"良\")")}));
  sum.rows.push_back(row({text_cell("最高"), number_formula("95.5", "MAX(R2C2:R3C2)", "最高"),
                          number_formula("7.25", "@最高-R3C2"),
                          number_formula("1", "COUNTIF(R2C4:R3C4,\"优\")")}));
  sum.rows.push_back(
      row({text_cell("加权"), number_formula("183.75", "SUMPRODUCT(R2C2:R3C2,{1;1})"),
           number_formula("1", "RANK.EQ(R2C2,R2C2:R3C2)"), text_cell("")}));
  d.blocks.push_back(sum);

  SectionBreak a;
  a.sheet_name = "社区 A";
  a.page.landscape = true;
  a.page.width_mm = 297;
  a.page.height_mm = 210;
  a.page.header.pattern = "社区 A & 考核";
  a.page.header.align = MarginTextAlign::Left;
  a.page.footer.pattern = "— {page} —";
  a.page.footer.align = MarginTextAlign::Outside;
  a.page.footer.distance_mm = 7;
  a.page.footer.size_pt = 14;
  d.blocks.push_back(a);
  Paragraph rule;
  rule.rule = HorizontalRule{1.5, 0xFF0000, 0};
  d.blocks.push_back(rule);
  d.blocks.push_back(community_table({"2", "2.5", "0"}, {"18", "27.5", "50"}, "95.5"));

  SectionBreak b;
  b.sheet_name = "社区 A";
  d.blocks.push_back(b);
  d.blocks.push_back(community_table({"5", "3.25", "3.5"}, {"15", "26.75", "46.5"}, "88.25"));
  return d;
}

}  // namespace formwork::xlsx_test
