#include "xlsx/r1c1.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace formwork {
namespace {

TEST(ColumnLetters, SingleAndDoubleLetters) {
  EXPECT_EQ(column_letters(0), "A");
  EXPECT_EQ(column_letters(25), "Z");
  EXPECT_EQ(column_letters(26), "AA");
  EXPECT_EQ(column_letters(27), "AB");
  EXPECT_EQ(column_letters(51), "AZ");
  EXPECT_EQ(column_letters(52), "BA");
  EXPECT_EQ(column_letters(701), "ZZ");
  EXPECT_EQ(column_letters(702), "AAA");
  EXPECT_EQ(column_letters(16383), "XFD");
  EXPECT_THROW(column_letters(16384), std::out_of_range);
  EXPECT_THROW(column_letters(-1), std::out_of_range);
}

TEST(R1C1ToA1, RelativeRangeInsideSum) {
  // Formula in B8 (row 7, col 1): three rows above.
  EXPECT_EQ(r1c1_to_a1("SUM(R[-3]C:R[-1]C)", 7, 1), "SUM(B5:B7)");
}

TEST(R1C1ToA1, AbsoluteAndMixedReferences) {
  EXPECT_EQ(r1c1_to_a1("R1C1", 9, 9), "$A$1");
  EXPECT_EQ(r1c1_to_a1("R2C27+R3C28", 0, 0), "$AA$2+$AB$3");
  EXPECT_EQ(r1c1_to_a1("R[-1]C3", 4, 0), "$C4");
  EXPECT_EQ(r1c1_to_a1("R3C[1]", 4, 25), "AA$3");
  EXPECT_EQ(r1c1_to_a1("RC[-1]*RC[-2]", 4, 28), "AB5*AA5");
  EXPECT_EQ(r1c1_to_a1("rc[1]", 0, 0), "B1");  // Excel accepts lower case
}

TEST(R1C1ToA1, FunctionsNumbersAndStringsUntouched) {
  EXPECT_EQ(r1c1_to_a1("ROUND(IF(R[-1]C>0,R[-1]C/RC[-1],0),2)", 5, 3), "ROUND(IF(D5>0,D5/C6,0),2)");
  EXPECT_EQ(r1c1_to_a1("IF(RC[1]=\"R1C1 \"\"RC\"\"\",COUNT(R1C1:R2C2),1E+5)", 0, 0),
            "IF(B1=\"R1C1 \"\"RC\"\"\",COUNT($A$1:$B$2),1E+5)");
  EXPECT_EQ(r1c1_to_a1("'R1C1 sheet'!R1C1+CEILING(RC,1)+RC2R", 0, 0),
            "'R1C1 sheet'!$A$1+CEILING(A1,1)+RC2R");
  EXPECT_EQ(r1c1_to_a1("", 0, 0), "");
}

TEST(R1C1ToA1, ColumnMapTranslatesGridColumns) {
  // Grid column g starts at sheet column map[g]: C[-1] from grid col 2 is grid 1.
  const std::vector<int> map = {0, 2, 3, 5};
  EXPECT_EQ(r1c1_to_a1("RC[-1]+R[-1]C", 4, 2, map), "C5+D4");
  EXPECT_EQ(r1c1_to_a1("RC5", 4, 2, map), "$E5");  // absolute stays a sheet column
  EXPECT_THROW(r1c1_to_a1("RC[2]", 4, 2, map), std::invalid_argument);
}

TEST(R1C1ToA1, RejectsReferencesOutsideTheSheetAndWholeRows) {
  EXPECT_THROW(r1c1_to_a1("R[-2]C", 1, 0), std::invalid_argument);
  EXPECT_THROW(r1c1_to_a1("RC[-1]", 0, 0), std::invalid_argument);
  EXPECT_THROW(r1c1_to_a1("R0C1", 0, 0), std::invalid_argument);
  EXPECT_THROW(r1c1_to_a1("SUM(R2)", 0, 0), std::invalid_argument);
  EXPECT_THROW(r1c1_to_a1("SUM(C[1])", 0, 0), std::invalid_argument);
}

}  // namespace
}  // namespace formwork
