// The complete example of docs/templates.md loads and renders as documented.
#include "template_test_util.h"

namespace formwork::test {
namespace {

class Example : public TemplateTest {};

const char* kExample = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- 附件3 -->
<form name="acceptance" title="{{项目名称}} 执行情况验收表" output="{{编号}}-验收表" sheet="验收表"
      schema="../schemas/acceptance.schema.json" checks="../schemas/acceptance.checks.json"
      description="附件3 执行情况验收表" font="song" size="12">
  <page paper="A4" orientation="portrait" top="25" bottom="25" left="28" right="26"
        footer="第 {page} 页 共 {pages} 页"/>
  <set name="结余" value="{{ 人社厅拨付资金 - 人社厅资助金额 }}"/>
  <title>山东省留学人员回国创业启动支持计划
    执行情况验收表</title>
  <heading level="1">一、总体情况</heading>
  <p align="justify" indent="2">正文 {{项目名称}} <b>粗体</b><br/>下一行</p>
  <table widths="18,32,18,32" size="12" borders="true" padding="1.5">
    <row header="true" height="10">
      <cell label="true" align="center">项目号</cell>
      <cell>{{编号}}</cell>
      <cell colspan="2" rowspan="1" align="right" valign="top" value="{{结余}}" format="money"
            formula="R[1]C-R[2]C"/>
    </row>
    <each in="费用" as="项" index="序号"> <row> <cell>{{序号}}</cell> <cell>{{项.名称}}</cell>
      <cell colspan="2" value="{{项.金额}}" format="money"/> </row> </each>
    <if test="单位自筹资金 > 0"> <row><cell colspan="4">自筹 {{单位自筹资金 | money}} 元</cell></row> </if>
  </table>
  <if test="结余 > 0"><p>有结余</p><else><p>无结余</p></else></if>
  <signature>(公章)<br/>年　月　日</signature>
  <pagebreak/>
</form>
)";

TEST_F(Example, RendersTheAcceptanceForm) {
  Template t = load(kExample, "acceptance.xml");
  EXPECT_EQ(t.name(), "acceptance");
  EXPECT_EQ(t.description(), "附件3 执行情况验收表");
  Value r = record(R"({"项目名称": "智能平台", "编号": "2016-07", "人社厅拨付资金": 200000,
                      "人社厅资助金额": 150000.5, "单位自筹资金": 30000,
                      "费用": [{"名称": "设备费", "金额": 1000}, {"名称": "差旅费", "金额": 20.5}]})");
  EXPECT_EQ(t.output_name(r), "2016-07-验收表");
  Document d = t.render(r);
  EXPECT_EQ(d.title, "智能平台 执行情况验收表");
  EXPECT_EQ(d.page.margin_left_mm, 28);
  ASSERT_EQ(d.blocks.size(), 7u);
  EXPECT_EQ(para(d, 0).text(), "山东省留学人员回国创业启动支持计划执行情况验收表");
  EXPECT_EQ(para(d, 1).text(), "一、总体情况");
  EXPECT_EQ(para(d, 2).text(), "正文 智能平台 粗体\n下一行");
  EXPECT_EQ(para(d, 2).first_line_indent_em, 2);
  const Table& tb = table(d, 3);
  ASSERT_EQ(tb.rows.size(), 4u);
  EXPECT_EQ(cell_text(tb.rows[0].cells[2]), "49,999.50");
  EXPECT_EQ(tb.rows[0].cells[2].value.formula_r1c1, "R[1]C-R[2]C");
  EXPECT_EQ(cell_text(tb.rows[2].cells[1]), "差旅费");
  EXPECT_EQ(cell_text(tb.rows[2].cells[2]), "20.50");
  EXPECT_EQ(cell_text(tb.rows[3].cells[0]), "自筹 30,000.00 元");
  EXPECT_EQ(para(d, 4).text(), "有结余");
  EXPECT_EQ(para(d, 5).text(), "(公章)\n年　月　日");
  EXPECT_TRUE(std::holds_alternative<PageBreak>(d.blocks[6]));
}

}  // namespace
}  // namespace formwork::test
