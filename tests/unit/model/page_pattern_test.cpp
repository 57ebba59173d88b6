// split_page_pattern: the {page}/{pages} syntax every writer shares.
#include "model/page_pattern.h"

#include <gtest/gtest.h>

namespace formwork {
namespace {

using Kind = PagePatternPart::Kind;

std::string describe(const std::vector<PagePatternPart>& parts) {
  std::string s;
  for (const PagePatternPart& p : parts) {
    s += p.kind == Kind::Page ? "<page>" : p.kind == Kind::Pages ? "<pages>" : "[" + p.text + "]";
  }
  return s;
}

TEST(PagePattern, GbT9704AndFormPatterns) {
  EXPECT_EQ(describe(split_page_pattern("— {page} —")), "[— ]<page>[ —]");
  EXPECT_EQ(describe(split_page_pattern("第 {page} 页 共 {pages} 页")),
            "[第 ]<page>[ 页 共 ]<pages>[ 页]");
  EXPECT_EQ(describe(split_page_pattern("{page}/{pages}")), "<page>[/]<pages>");
}

TEST(PagePattern, StrayBracesAreText) {
  EXPECT_EQ(describe(split_page_pattern("{pag} {x} {")), "[{pag} {x} {]");
  EXPECT_EQ(describe(split_page_pattern("{{page}}")), "[{]<page>[}]");
  EXPECT_TRUE(split_page_pattern("").empty());
}

}  // namespace
}  // namespace formwork
