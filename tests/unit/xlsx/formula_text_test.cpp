// quoted_literal_end: the literal skipping every formula rewrite relies on.
#include "xlsx/formula_text.h"

#include <gtest/gtest.h>

namespace formwork {
namespace {

TEST(FormulaText, QuotedLiteralEnds) {
  EXPECT_EQ(quoted_literal_end(R"("优",B1)", 0), 5u);           // "优" is 3 bytes
  EXPECT_EQ(quoted_literal_end(R"(IF(A1,"a""b",1))", 6), 12u);  // doubled quote escapes
  EXPECT_EQ(quoted_literal_end("'O''Brien'!A1", 0), 10u);
  EXPECT_EQ(quoted_literal_end("\"open", 0), 5u);  // unclosed: to the end
}

}  // namespace
}  // namespace formwork
