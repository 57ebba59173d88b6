// Long runs are serialised outside the pugixml tree (memory) with the very
// bytes the tree would have given.
#include <gtest/gtest.h>

#include "docx/deferred_runs.h"
#include "docx/run_xml.h"
#include "docx/xml_util.h"

namespace formwork {
namespace {

std::string part(std::string_view text, DeferredRuns* deferred) {
  pugi::xml_document xml;
  docx_xml::add_declaration(xml);
  pugi::xml_node p = xml.append_child("w:body").append_child("w:p");
  append_run(p, "短", TextStyle{}, DocxFontNames{"宋体", "Times New Roman"}, 0, deferred);
  append_run(p, text, TextStyle{}, DocxFontNames{"宋体", "Times New Roman"}, 0, deferred);
  append_run(p, "尾", TextStyle{}, DocxFontNames{"宋体", "Times New Roman"}, 0, deferred);
  return deferred ? deferred->serialize(xml) : docx_xml::serialize(xml);
}

TEST(DeferredRuns, SameBytesAsTheTree) {
  std::string text;
  for (int i = 0; i < 5000; ++i) {
    text += "第" + std::to_string(i) + "行 <a & b> \"q\"\n\t\r\n";
    if (i % 7 == 0) text += "\uFFFF\x01";  // dropped by both
  }
  text += "\n\n";  // ends with empty lines
  ASSERT_GE(text.size(), DeferredRuns::kMinLength);
  DeferredRuns deferred;
  const std::string in_tree = part(text, nullptr);
  const std::string outside = part(text, &deferred);
  EXPECT_EQ(outside, in_tree);
  EXPECT_EQ(outside.find("formwork-run"), std::string::npos);
  EXPECT_NE(outside.find("<w:t xml:space=\"preserve\">第4999行 &lt;a &amp; b&gt; \"q\"</w:t>"),
            std::string::npos);
}

TEST(DeferredRuns, ShortAndThresholdRunsGiveTheSameBytes) {
  DeferredRuns deferred;
  EXPECT_EQ(part("a\nb", &deferred), part("a\nb", nullptr));
  EXPECT_EQ(part(std::string(DeferredRuns::kMinLength, 'x'), &deferred),
            part(std::string(DeferredRuns::kMinLength, 'x'), nullptr));
}

}  // namespace
}  // namespace formwork
