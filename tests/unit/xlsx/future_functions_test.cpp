#include "xlsx/future_functions.h"

#include <gtest/gtest.h>

namespace formwork {
namespace {

TEST(AddFuturePrefixes, PrefixesExcel2010FunctionsOnly) {
  EXPECT_EQ(add_future_prefixes("=RANK.EQ(B2,$B$2:$B$9)"), "=_xlfn.RANK.EQ(B2,$B$2:$B$9)");
  EXPECT_EQ(add_future_prefixes("IFS(A1>90,\"优\",TRUE,\"良\")"),
            "_xlfn.IFS(A1>90,\"优\",TRUE,\"良\")");
  EXPECT_EQ(add_future_prefixes("ROUND(stdev.s(A1:A3),2)+MAXIFS(B:B,C:C,1)"),
            "ROUND(_xlfn.stdev.s(A1:A3),2)+_xlfn.MAXIFS(B:B,C:C,1)");
  // Legacy functions, names without a call, prefixed names, text and sheet names stay.
  EXPECT_EQ(add_future_prefixes("RANK(B2,$B$2:$B$9)+SUMPRODUCT(A1:A2,B1:B2)"),
            "RANK(B2,$B$2:$B$9)+SUMPRODUCT(A1:A2,B1:B2)");
  EXPECT_EQ(add_future_prefixes("_xlfn.RANK.EQ(A1,A1:A2)"), "_xlfn.RANK.EQ(A1,A1:A2)");
  EXPECT_EQ(add_future_prefixes("IF(A1,\"IFS(\"\"x\"\")\",'XOR('!A1)+XOR"),
            "IF(A1,\"IFS(\"\"x\"\")\",'XOR('!A1)+XOR");
  EXPECT_EQ(add_future_prefixes(""), "");
}

}  // namespace
}  // namespace formwork
