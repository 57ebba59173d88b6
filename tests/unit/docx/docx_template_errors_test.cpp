// DocxTemplate errors: defects found when the template loads and failures
// while filling name the part, the paragraph and the tag.
#include <gtest/gtest.h>

#include <fstream>

#include "docx/docx_template.h"
#include "docx_template_support.h"
#include "util/errors.h"

namespace formwork {
namespace {

using namespace fill_test;

MiniDocx body(const std::string& xml) {
  MiniDocx d;
  d.body = xml;
  return d;
}

std::string table(const std::string& rows) {
  return "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>" + rows + "</w:tbl>";
}

std::string row(const std::string& text) { return "<w:tr><w:tc>" + para(text) + "</w:tc></w:tr>"; }

// The message after "<path>: ", the template's path.
std::string message(const std::string& what) {
  std::size_t at = what.find("form.docx: ");
  return at == std::string::npos ? what : what.substr(at + 11);
}

TEST(DocxTemplateErrors, UnclosedEach) {
  EXPECT_EQ(message(load_error(body(para("前") + para("{{#each 行程}}") + para("{{日期}}")))),
            "word/document.xml paragraph 2: {{#each 行程}} has no {{/each}}");
}

TEST(DocxTemplateErrors, StrayAndMismatchedClosingTags) {
  EXPECT_EQ(message(load_error(body(para("a") + para("{{/if}}")))),
            "word/document.xml paragraph 2: {{/if}} has no {{#if}} before it");
  EXPECT_EQ(message(load_error(body(para("{{#if a}}") + para("{{/each}}")))),
            "word/document.xml paragraph 2: {{/each}} does not close {{#if a}} (paragraph 1), "
            "which needs {{/if}} first");
  EXPECT_EQ(
      message(load_error(body(para("{{/x}}")))),
      "word/document.xml paragraph 1: {{/x}}: unknown closing tag; write {{/each}} or {{/if}}");
}

TEST(DocxTemplateErrors, ElseOutsideIfOrSharingItsParagraph) {
  EXPECT_EQ(message(load_error(body(para("{{else}}")))),
            "word/document.xml paragraph 1: {{else}} is not inside an {{#if}}");
  EXPECT_EQ(message(load_error(body(para("{{#each x}}") + para("{{else}}") + para("{{/each}}")))),
            "word/document.xml paragraph 2: {{else}} is inside {{#each x}} (paragraph 1); "
            "{{else}} belongs to {{#if}}");
  EXPECT_EQ(message(load_error(body(para("{{#if a}}x{{else}}y{{/if}}")))),
            "word/document.xml paragraph 1: {{else}} must be in a paragraph of its own between "
            "{{#if a}} (paragraph 1) and {{/if}} (paragraph 1)");
  EXPECT_NE(load_error(body(para("{{#if a}}") + para("{{else}} 否") + para("{{/if}}")))
                .find("the paragraph holding {{else}} is left out of the document, so it may hold "
                      "nothing else, but it holds ' 否'"),
            std::string::npos);
}

TEST(DocxTemplateErrors, EachAcrossTablesOrBetweenRowsAndParagraphs) {
  EXPECT_EQ(message(load_error(body(table(row("{{#each xs}}")) + table(row("{{/each}}"))))),
            "word/document.xml paragraph 2: {{/each}} is not in the same table as {{#each xs}} "
            "(paragraph 1): a range of rows must stay in one table");
  EXPECT_EQ(message(load_error(body(para("{{#each xs}}") + table(row("{{/each}}"))))),
            "word/document.xml paragraph 2: {{/each}} is in a table row, but {{#each xs}} "
            "(paragraph 1) is not: put both in rows of the same table, or both outside tables");
  EXPECT_EQ(message(load_error(body(table(row("{{#each xs}}")) + para("{{/each}}")))),
            "word/document.xml paragraph 2: {{/each}} is not in a table row, but {{#each xs}} "
            "(paragraph 1) is: put both in rows of the same table, or both outside tables");
}

TEST(DocxTemplateErrors, BadExpressionsAndUnclosedTags) {
  std::string e = message(load_error(body(para("x") + para("金额：{{合计 | rmb_upperr}}"))));
  EXPECT_EQ(e.rfind("word/document.xml paragraph 2: {{合计 | rmb_upperr}}: ", 0), 0u) << e;
  EXPECT_NE(e.find("rmb_upperr"), std::string::npos) << e;
  EXPECT_EQ(message(load_error(body(para("{{姓名")))),
            "word/document.xml paragraph 1: {{姓名 has no closing '}}'");
  EXPECT_EQ(message(load_error(body(para("{{#each}}")))),
            "word/document.xml paragraph 1: {{#each}} needs the list to repeat: {{#each 行程}}");
  EXPECT_EQ(message(load_error(body(para("{{#with a}}"))))
                .rfind("word/document.xml paragraph 1: {{#with a}}: unknown block tag '#with'", 0),
            0u);
  EXPECT_EQ(message(load_error(body(para("{{%image a width=0}}")))),
            "word/document.xml paragraph 1: {{%image a width=0}}: width=0 must be a length in mm "
            "within 0.1…1000");
  EXPECT_EQ(message(load_error(body(para("{{%qrcode a level=X}}")))),
            "word/document.xml paragraph 1: {{%qrcode a level=X}}: level=X must be L, M, Q or H");
}

TEST(DocxTemplateErrors, HeaderErrorsNameTheHeaderPart) {
  MiniDocx d;
  d.body = para("正文");
  d.header = para("{{#if 单位}}");
  EXPECT_EQ(message(load_error(d)), "word/header1.xml paragraph 1: {{#if 单位}} has no {{/if}}");
}

TEST(DocxTemplateErrors, EvaluationErrorsNameTheTag) {
  MiniDocx d = body(para("a") + para("{{#each 行程}}") + para("{{/each}}") + para("{{合计 / 0}}"));
  EXPECT_EQ(message(load_error(d, fill_test::obj({{"行程", "x"}, {"合计", 1}}))),
            "word/document.xml paragraph 2: {{#each 行程}}: '行程' is a string, expected a list");
  std::string e =
      message(load_error(d, fill_test::obj({{"行程", fill_test::arr({})}, {"合计", 1}})));
  EXPECT_EQ(e.rfind("word/document.xml paragraph 4: {{合计 / 0}}: ", 0), 0u) << e;
  EXPECT_NE(e.find("division by zero"), std::string::npos) << e;
  e = message(load_error(body(para("{{缺}}")), fill_test::obj({})));
  EXPECT_EQ(e.rfind("word/document.xml paragraph 1: {{缺}}: ", 0), 0u) << e;
  // A library exception (rmb_upper of a negative amount) is a TemplateError too.
  e = message(load_error(body(para("{{x | rmb_upper}}")), fill_test::obj({{"x", -1}})));
  EXPECT_EQ(e.rfind("word/document.xml paragraph 1: {{x | rmb_upper}}: ", 0), 0u) << e;
}

TEST(DocxTemplateErrors, PictureFromDataThatCannotBeReadIsADataError) {
  std::string dir = test_dir();
  PictureFiles pictures(dir);
  MiniDocx d = body(para("{{%image 印章}}"));
  d.write(dir + "/form.docx");
  DocxTemplate t = DocxTemplate::load(dir + "/form.docx", &pictures);
  try {
    t.fill(fill_test::obj({{"印章", "missing.png"}}));
    FAIL() << "no DataError";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find(
                  "word/document.xml paragraph 1: {{%image 印章}} gives 'missing.png': "),
              std::string::npos)
        << e.what();
  }
}

TEST(DocxTemplateErrors, LiteralPictureIsReadWhenTheTemplateLoads) {
  std::string dir = test_dir();
  PictureFiles pictures(dir);
  body(para("{{%image \"seal.png\"}}")).write(dir + "/form.docx");
  try {
    DocxTemplate::load(dir + "/form.docx", &pictures);
    FAIL() << "no TemplateError";
  } catch (const TemplateError& e) {
    EXPECT_NE(
        std::string(e.what()).find("word/document.xml paragraph 1: {{%image \"seal.png\"}}: "),
        std::string::npos)
        << e.what();
  }
}

TEST(DocxTemplateErrors, NotADocx) {
  std::string dir = test_dir();
  std::ofstream(dir + "/x.docx") << "plain text";
  EXPECT_THROW(DocxTemplate::load(dir + "/x.docx", nullptr), IoError);
  EXPECT_THROW(DocxTemplate::load(dir + "/absent.docx", nullptr), IoError);
}

}  // namespace
}  // namespace formwork
