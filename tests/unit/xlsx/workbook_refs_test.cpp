#include "xlsx/workbook_refs.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "xlsx/r1c1.h"

namespace formwork {
namespace {

/// Worksheet 1 "汇总" with anchor 排名 at C4; worksheet 2 "社区 A" with
/// 合计 at B10 and 总分 at AA3; worksheet 3 "O'Brien" with x_1 at A1.
WorkbookRefs sample_refs() {
  WorkbookRefs r;
  r.sheet_names = {"汇总", "社区 A", "O'Brien"};
  r.anchors = {{{"排名", {3, 2}}}, {{"合计", {9, 1}}, {"总分", {2, 26}}}, {{"x_1", {0, 0}}}};
  return r;
}

TEST(ResolveWorkbookRefs, SheetNumbersBecomeQuotedNames) {
  const WorkbookRefs r = sample_refs();
  EXPECT_EQ(resolve_workbook_refs("<2>!R5C3", 0, r), "'社区 A'!R5C3");
  EXPECT_EQ(resolve_workbook_refs("SUM(<3>!R1C1:R2C2)", 0, r), "SUM('O''Brien'!R1C1:R2C2)");
  // The converted formula is what Excel stores: the sheet prefix survives r1c1_to_a1.
  EXPECT_EQ(r1c1_to_a1(resolve_workbook_refs("<2>!R5C3+RC[-1]", 0, r), 0, 1), "'社区 A'!$C$5+A1");
}

TEST(ResolveWorkbookRefs, AnchorsOnTheSameAndOtherSheets) {
  const WorkbookRefs r = sample_refs();
  EXPECT_EQ(resolve_workbook_refs("@合计*2", 1, r), "$B$10*2");
  EXPECT_EQ(resolve_workbook_refs("MAX(@合计,@总分)", 1, r), "MAX($B$10,$AA$3)");
  EXPECT_EQ(resolve_workbook_refs("SUM(<2>!@合计,<2>!@总分)-@排名", 0, r),
            "SUM('社区 A'!$B$10,'社区 A'!$AA$3)-$C$4");
  EXPECT_EQ(resolve_workbook_refs("<3>!@x_1", 0, r), "'O''Brien'!$A$1");
  // An anchor that resolves to $R$… or $C$… is not read back as R1C1.
  WorkbookRefs rc = r;
  rc.anchors[0]["甲"] = {4, 17};  // R5
  EXPECT_EQ(r1c1_to_a1(resolve_workbook_refs("@甲+R1C1", 0, rc), 0, 0), "$R$5+$A$1");
}

TEST(ResolveWorkbookRefs, StringsOperatorsAndPlainFormulasUntouched) {
  const WorkbookRefs r = sample_refs();
  EXPECT_EQ(resolve_workbook_refs("IF(RC[-1]<2,\"<2>!@合计\",'<1>!'!A1)", 0, r),
            "IF(RC[-1]<2,\"<2>!@合计\",'<1>!'!A1)");
  EXPECT_EQ(resolve_workbook_refs("IF(R1C1<>0,R1C1<=2,R1C1>1)", 0, r),
            "IF(R1C1<>0,R1C1<=2,R1C1>1)");
  EXPECT_EQ(resolve_workbook_refs("RANK(RC[-1],R3C5:R14C5)", 2, r), "RANK(RC[-1],R3C5:R14C5)");
  EXPECT_EQ(resolve_workbook_refs("", 0, r), "");
}

TEST(ResolveWorkbookRefs, ErrorsNameTheReference) {
  const WorkbookRefs r = sample_refs();
  auto message = [&](const char* f, size_t sheet) {
    try {
      resolve_workbook_refs(f, sheet, r);
    } catch (const std::invalid_argument& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message("<4>!R1C1", 0),
            "worksheet reference <4>! names no worksheet (the workbook has 3)");
  EXPECT_EQ(message("<0>!R1C1", 0),
            "worksheet reference <0>! names no worksheet (the workbook has 3)");
  EXPECT_EQ(message("@合计", 0), "anchor @合计 is not defined on worksheet 1 '汇总'");
  EXPECT_EQ(message("<1>!@合计", 1), "anchor <1>!@合计 is not defined on worksheet 1 '汇总'");
  EXPECT_EQ(message("SUM(@)", 0), "'@' must be followed by an anchor name");
}

}  // namespace
}  // namespace formwork
