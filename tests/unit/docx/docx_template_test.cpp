// DocxTemplate: tags in hand-built WordprocessingML (split runs, each and if
// over paragraphs and rows, merged cells, headers, pictures), the filled
// XML checked with pugixml.
#include "docx/docx_template.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <thread>

#include "docx_template_support.h"

namespace formwork {
namespace {

using namespace fill_test;

std::string document_xml(const MiniDocx& docx, const Value& record,
                         const PictureFiles* pictures = nullptr) {
  return entry(fill(docx, record, pictures), "word/document.xml");
}

std::vector<std::string> body_texts(const MiniDocx& docx, const Value& record) {
  pugi::xml_document doc;
  parse(document_xml(docx, record), doc);
  return paragraph_texts(doc.document_element());
}

using Texts = std::vector<std::string>;

TEST(DocxTemplate, TagSplitOverRunsWithDifferentFormattingTakesTheFirstRunsFormat) {
  MiniDocx d;
  // As Word saves "姓名：{{姓名}}。" after spell-check and a bold "姓":
  d.body = R"(<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>姓名：{</w:t></w:r>)"
           R"(<w:proofErr w:type="spellStart"/><w:r><w:t>{</w:t></w:r>)"
           R"(<w:r><w:rPr><w:i/></w:rPr><w:t>姓</w:t></w:r><w:bookmarkStart w:id="0" w:name="x"/>)"
           R"(<w:r><w:t>名}}。</w:t></w:r><w:proofErr w:type="spellEnd"/></w:p>)";
  pugi::xml_document doc;
  parse(document_xml(d, obj({{"姓名", "李晓梅"}})), doc);
  pugi::xml_node p = doc.document_element().child("w:body").child("w:p");
  EXPECT_EQ(paragraph_texts(p.parent()), Texts{"姓名：李晓梅。"});
  auto runs = text_runs(p);
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].second, "姓名：李晓梅");  // the tag took the bold run where it starts
  EXPECT_TRUE(runs[0].first.child("w:rPr").child("w:b"));
  EXPECT_EQ(runs[1].second, "。");
  EXPECT_FALSE(runs[1].first.child("w:rPr").child("w:i"));
  // The italic run lost all its text and went; the bookmark stays.
  EXPECT_FALSE(p.find_node([](pugi::xml_node n) { return std::string_view(n.name()) == "w:i"; }));
  EXPECT_TRUE(p.child("w:bookmarkStart"));
  for (pugi::xpath_node t : p.select_nodes(".//w:t"))
    EXPECT_STREQ(t.node().attribute("xml:space").value(), "preserve");
}

TEST(DocxTemplate, TagsInHyperlinksInsertionsAndFieldsAndSeveralPerRun) {
  MiniDocx d;
  d.body = R"(<w:p><w:hyperlink r:id="rId5"><w:r><w:t>{{a}}-{{</w:t></w:r></w:hyperlink>)"
           R"(<w:ins w:id="1" w:author="x"><w:r><w:t>b}}</w:t></w:r></w:ins>)"
           R"(<w:del w:id="2" w:author="x"><w:r><w:delText>{{gone}}</w:delText></w:r></w:del>)"
           R"(<w:r><w:t xml:space="preserve"> {{ "}}" + c }}</w:t></w:r></w:p>)";
  EXPECT_EQ(body_texts(d, obj({{"a", "1"}, {"b", "2"}, {"c", "3"}})), Texts{"1-2 }}3"});
}

TEST(DocxTemplate, ValuesAreTextNeverMarkupWithLineBreaksAndTabs) {
  MiniDocx d;
  d.body = para("{{v}}");
  std::string xml = document_xml(d, obj({{"v", "<w:b/>&\"x\"\r\n第二行\t制表\x01"}}));
  pugi::xml_document doc;
  parse(xml, doc);
  pugi::xml_node r = doc.document_element().child("w:body").child("w:p").child("w:r");
  EXPECT_FALSE(r.child("w:b"));
  EXPECT_EQ(paragraph_texts(doc.document_element()), Texts{"<w:b/>&\"x\"\n第二行\t制表"});
  EXPECT_TRUE(r.child("w:br"));
  EXPECT_TRUE(r.child("w:tab"));
  EXPECT_NE(xml.find("&lt;w:b/&gt;&amp;"), std::string::npos);
}

TEST(DocxTemplate, FiltersFunctionsAndTypographicQuotes) {
  MiniDocx d;
  d.body =
      para("{{合计 | rmb_upper}}") + para("{{缺 | default(“—”)}}") + para("{{合计 | money}}元");
  EXPECT_EQ(body_texts(d, obj({{"合计", num("2018.00")}})),
            (Texts{"贰仟零壹拾捌元整", "—", "2,018.00元"}));
}

TEST(DocxTemplate, EachRepeatsParagraphsAndDropsTagOnlyParagraphs) {
  MiniDocx d;
  d.body = para("行程：") + para("{{#each 行程}}") + para("{{index}}. {{起点}}—{{终点}}") +
           para("  {{/each}}") + para("完");
  Value rec = obj({{"行程", arr({obj({{"起点", "示例市"}, {"终点", "济南"}}),
                                 obj({{"起点", "济南"}, {"终点", "示例市"}})})}});
  EXPECT_EQ(body_texts(d, rec), (Texts{"行程：", "1. 示例市—济南", "2. 济南—示例市", "完"}));
  EXPECT_EQ(body_texts(d, obj({{"行程", arr({})}})), (Texts{"行程：", "完"}));
}

TEST(DocxTemplate, EachInOneParagraphWithThisAsAndOuterNames) {
  MiniDocx d;
  d.body = para("{{#each 附件 as 件}}{{index}}/{{count(附件)}} {{件}} {{this}} {{单位}}{{/each}}");
  Value rec = obj({{"单位", "财政局"}, {"附件", arr({"发票", "车票"})}});
  EXPECT_EQ(body_texts(d, rec), (Texts{"1/2 发票 发票 财政局", "2/2 车票 车票 财政局"}));
}

TEST(DocxTemplate, NestedEachTripsWithExpenseRows) {
  MiniDocx d;
  const std::string row =
      R"(<w:tr><w:tc><w:p><w:r><w:t>{{#each 费用}}{{名称}}</w:t></w:r></w:p></w:tc>)"
      R"(<w:tc><w:p><w:r><w:t>{{金额}}{{/each}}</w:t></w:r></w:p></w:tc></w:tr>)";
  d.body = para("{{#each 行程}}") + para("{{index}} {{终点}}") +
           "<w:tbl><w:tblGrid><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/></w:tblGrid>" +
           row + "</w:tbl>" + para("{{/each}}");
  Value rec = obj(
      {{"行程",
        arr({obj({{"终点", "济南"},
                  {"费用", arr({obj({{"名称", "车费"}, {"金额", 186}}),
                                obj({{"名称", "餐费"}, {"金额", 100}})})}}),
             obj({{"终点", "北京"}, {"费用", arr({obj({{"名称", "住宿"}, {"金额", 420}})})}})})}});
  pugi::xml_document doc;
  parse(document_xml(d, rec), doc);
  pugi::xml_node body = doc.document_element().child("w:body");
  EXPECT_EQ(paragraph_texts(body),
            (Texts{"1 济南", "车费", "186", "餐费", "100", "2 北京", "住宿", "420"}));
  int tables = 0;
  for (pugi::xml_node t : body.children("w:tbl")) {
    ++tables;
    EXPECT_EQ(std::distance(t.children("w:tr").begin(), t.children("w:tr").end()),
              tables == 1 ? 2 : 1);
  }
  EXPECT_EQ(tables, 2);
}

// A table with a 类别 column merged down the item rows and the 合计 row.
MiniDocx merged_table() {
  auto cell = [](const std::string& text, const std::string& tcpr = "") {
    return "<w:tc><w:tcPr>" + tcpr + "</w:tcPr>" + para(text) + "</w:tc>";
  };
  MiniDocx d;
  d.body =
      "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
      "<w:tr>" +
      cell("类别") + cell("项目") + cell("金额") +
      "</w:tr>"
      "<w:tr>" +
      cell("差旅", R"(<w:vMerge w:val="restart"/>)") + cell("{{#each 明细}}{{名称}}") +
      cell("{{金额}}{{/each}}") +
      "</w:tr>"
      "<w:tr>" +
      cell("", "<w:vMerge/>") + cell("合计") + cell("{{sum(明细.金额)}}") + "</w:tr></w:tbl>";
  return d;
}

// Row r's cells: text, and "R"/"C" for a restart/continue merge.
std::vector<std::string> row_cells(pugi::xml_node tr) {
  std::vector<std::string> out;
  for (pugi::xml_node tc : tr.children("w:tc")) {
    std::string s = paragraph_texts(tc).empty() ? "" : paragraph_texts(tc)[0];
    if (pugi::xml_node v = tc.child("w:tcPr").child("w:vMerge"))
      s += std::string_view(v.attribute("w:val").value()) == "restart" ? "|R" : "|C";
    out.push_back(s);
  }
  return out;
}

std::vector<std::vector<std::string>> table_cells(const std::string& xml) {
  pugi::xml_document doc;
  parse(xml, doc);
  std::vector<std::vector<std::string>> rows;
  for (pugi::xml_node tr : doc.document_element().child("w:body").child("w:tbl").children("w:tr"))
    rows.push_back(row_cells(tr));
  return rows;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(DocxTemplate, RowEachInMergedTableContinuesTheMergeOverEveryCopy) {
  Value rec = obj(
      {{"明细", arr({obj({{"名称", "车费"}, {"金额", 186}}), obj({{"名称", "住宿"}, {"金额", 420}}),
                     obj({{"名称", "餐费"}, {"金额", 100}})})}});
  std::string xml = document_xml(merged_table(), rec);
  EXPECT_EQ(table_cells(xml), (Rows{{"类别", "项目", "金额"},
                                    {"差旅|R", "车费", "186"},
                                    {"|C", "住宿", "420"},
                                    {"|C", "餐费", "100"},
                                    {"|C", "合计", "706"}}));
  EXPECT_EQ(xml.find("fw-"), std::string::npos) << "private marks left in the output";
}

TEST(DocxTemplate, EmptyRowEachLeavesTheMergeItsOwnStart) {
  EXPECT_EQ(table_cells(document_xml(merged_table(), obj({{"明细", arr({})}}))),
            (Rows{{"类别", "项目", "金额"}, {"|R", "合计", "0"}}));
}

TEST(DocxTemplate, MergeInsideTheRepeatedRowsStaysPerCopy) {
  auto cell = [](const std::string& text, const std::string& tcpr = "") {
    return "<w:tc><w:tcPr>" + tcpr + "</w:tcPr>" + para(text) + "</w:tc>";
  };
  MiniDocx d;
  d.body =
      "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
      "<w:tr>" +
      cell("{{#each 人}}{{姓名}}", R"(<w:vMerge w:val="restart"/>)") + cell("电话 {{电话}}") +
      "</w:tr>"
      "<w:tr>" +
      cell("", "<w:vMerge/>") + cell("邮箱 {{邮箱}}{{/each}}") + "</w:tr></w:tbl>";
  Value rec = obj({{"人", arr({obj({{"姓名", "甲"}, {"电话", "1"}, {"邮箱", "a"}}),
                               obj({{"姓名", "乙"}, {"电话", "2"}, {"邮箱", "b"}})})}});
  EXPECT_EQ(table_cells(document_xml(d, rec)),
            (Rows{{"甲|R", "电话 1"}, {"|C", "邮箱 a"}, {"乙|R", "电话 2"}, {"|C", "邮箱 b"}}));
}

TEST(DocxTemplate, RowRangeOverSeveralRowsAndTableLeftEmptyIsRemoved) {
  MiniDocx d;
  d.body =
      "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>"
      "<w:tr><w:tc>" +
      para("{{#each xs}}") + para("{{this}}") +
      "</w:tc></w:tr>"
      "<w:tr><w:tc>" +
      para("[{{this}}]{{/each}}") + "</w:tc></w:tr></w:tbl>" + para("后");
  EXPECT_EQ(body_texts(d, obj({{"xs", arr({"a", "b"})}})), (Texts{"a", "[a]", "b", "[b]", "后"}));
  pugi::xml_document doc;
  parse(document_xml(d, obj({{"xs", arr({})}})), doc);
  EXPECT_FALSE(doc.document_element().child("w:body").child("w:tbl"));
  EXPECT_EQ(paragraph_texts(doc.document_element()), Texts{"后"});
}

TEST(DocxTemplate, IfElseOverParagraphsAndRows) {
  MiniDocx d;
  d.body = para("{{#if 预借金额 > 合计}}") + para("应退：{{预借金额 - 合计}}") + para("{{else}}") +
           para("应补：{{合计 - 预借金额 | default(0)}}") + para("{{/if}}") +
           "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>"
           "<w:tr><w:tc>" +
           para("{{#if 附件张数}}附件 {{附件张数}} 张{{/if}}") +
           "</w:tc></w:tr>"
           "<w:tr><w:tc>" +
           para("尾") + "</w:tc></w:tr></w:tbl>";
  EXPECT_EQ(body_texts(d, obj({{"预借金额", 3000}, {"合计", 2018}, {"附件张数", 7}})),
            (Texts{"应退：982", "附件 7 张", "尾"}));
  EXPECT_EQ(body_texts(d, obj({{"预借金额", 0}, {"合计", 135}, {"附件张数", 0}})),
            (Texts{"应补：135", "尾"}));
}

TEST(DocxTemplate, SectionBreakParagraphAndLastCellParagraphStay) {
  MiniDocx d;
  d.body = R"(<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr>)"
           R"(<w:r><w:t>{{#if x}}</w:t></w:r></w:p>)" +
           para("x") + para("{{/if}}") + "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>" +
           para("{{#if x}}") + "</w:tc><w:tc>" + para("{{/if}}") + "</w:tc></w:tr></w:tbl>";
  pugi::xml_document doc;
  parse(document_xml(d, obj({{"x", true}})), doc);
  pugi::xml_node body = doc.document_element().child("w:body");
  EXPECT_TRUE(body.select_node("w:p/w:pPr/w:sectPr"));  // the section break survives
  for (pugi::xpath_node tc : body.select_nodes("w:tbl/w:tr/w:tc"))
    EXPECT_TRUE(tc.node().child("w:p")) << "a cell must end with a paragraph";
}

TEST(DocxTemplate, HeaderTagFilledAndFooterFieldKept) {
  MiniDocx d;
  d.body = para("正文");
  d.header = para("{{单位}}", "<w:b/>");
  d.footer =
      R"(<w:p><w:r><w:t xml:space="preserve">第 </w:t></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p>)";
  std::string path = test_dir() + "/form.docx";
  d.write(path);
  std::string bytes = DocxTemplate::load(path, nullptr).fill(obj({{"单位", "示例市财政局"}}));
  pugi::xml_document header;
  parse(entry(bytes, "word/header1.xml"), header);
  EXPECT_EQ(paragraph_texts(header), Texts{"示例市财政局"});
  EXPECT_TRUE(header.select_node("//w:r/w:rPr/w:b"));
  // Parts without tags are copied byte for byte.
  std::ifstream in(path, std::ios::binary);
  std::string original((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(entry(bytes, "word/footer1.xml"), entry(original, "word/footer1.xml"));
  EXPECT_NE(entry(bytes, "word/footer1.xml").find(" PAGE "), std::string::npos);
}

TEST(DocxTemplate, DeterministicAndUntouchedEntriesKeptInOrder) {
  MiniDocx d;
  d.body = para("{{a}}");
  d.header = para("页眉");
  std::string path = test_dir() + "/form.docx";
  d.write(path);
  DocxTemplate t = DocxTemplate::load(path, nullptr);
  std::string one = t.fill(obj({{"a", "x"}})), two = t.fill(obj({{"a", "x"}}));
  EXPECT_EQ(one, two);
  EXPECT_EQ(entry_names(one),
            (std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "word/document.xml",
                                      "word/_rels/document.xml.rels", "word/styles.xml",
                                      "word/header1.xml"}));
  std::ifstream in(path, std::ios::binary);
  std::string original((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (const char* name : {"[Content_Types].xml", "word/styles.xml", "word/header1.xml"})
    EXPECT_EQ(entry(one, name), entry(original, name)) << name;
}

TEST(DocxTemplate, FillsConcurrently) {
  MiniDocx d;
  d.body = para("{{#each xs}}") + para("{{this}}") + para("{{/each}}");
  std::string path = test_dir() + "/form.docx";
  d.write(path);
  const DocxTemplate t = DocxTemplate::load(path, nullptr);
  std::vector<std::string> out(8);
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&, i] { out[i] = t.fill(obj({{"xs", arr({i, i + 1})}})); });
  }
  for (auto& th : threads) th.join();
  for (int i = 0; i < 8; ++i) {
    pugi::xml_document doc;
    parse(entry(out[i], "word/document.xml"), doc);
    EXPECT_EQ(paragraph_texts(doc), (Texts{std::to_string(i), std::to_string(i + 1)}));
  }
}

void write_seal(const std::string& dir, int width = 2, int height = 1) {
  std::ofstream(dir + "/seal.png", std::ios::binary) << tiny_png(width, height);
}

TEST(DocxTemplate, ImageInTableCellAndHeaderAddsMediaRelationshipsAndContentTypes) {
  std::string dir = test_dir();
  write_seal(dir);
  PictureFiles pictures(dir);
  MiniDocx d;
  d.body = "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>" +
           para("盖章：{{%image 印章 width=40}}", "<w:sz w:val=\"28\"/>") +
           "</w:tc></w:tr></w:tbl>" + para("{{%image 无}}{{%qrcode 编号 size=25 level=H}}");
  d.header = para("{{%image \"seal.png\" height=10}}");
  std::string path = dir + "/form.docx";
  d.write(path);
  std::string bytes = DocxTemplate::load(path, &pictures)
                          .fill(obj({{"印章", "seal.png"}, {"无", nullptr}, {"编号", "CL-1"}}));

  pugi::xml_document doc;
  parse(entry(bytes, "word/document.xml"), doc);
  pugi::xml_node root = doc.document_element();
  EXPECT_STREQ(root.attribute("xmlns:wp").value(),
               "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
  pugi::xml_node run = root.select_node("//w:tc/w:p/w:r[w:drawing]").node();
  ASSERT_TRUE(run);
  EXPECT_STREQ(run.child("w:rPr").child("w:sz").attribute("w:val").value(), "28");
  pugi::xml_node extent = run.select_node("w:drawing/wp:inline/wp:extent").node();
  EXPECT_EQ(extent.attribute("cx").as_llong(), 40 * 36000);  // width=40 mm
  EXPECT_EQ(extent.attribute("cy").as_llong(), 20 * 36000);  // aspect 2:1 kept
  std::string rel = run.select_node(".//a:blip").node().attribute("r:embed").value();
  EXPECT_NE(rel, "rId1");                                  // styles.xml's id is taken
  EXPECT_NE(rel, "rId5");                                  // so is the external hyperlink's
  EXPECT_EQ(root.select_nodes("//w:drawing").size(), 2u);  // seal + QR; null image: nothing
  pugi::xml_node qr = root.select_node("//w:body/w:p//wp:extent").node();
  EXPECT_EQ(qr.attribute("cx").as_llong(), 25 * 36000);
  std::set<std::string> ids;
  for (pugi::xpath_node x : root.select_nodes("//wp:docPr"))
    ids.insert(x.node().attribute("id").value());
  EXPECT_EQ(ids.size(), 2u);

  pugi::xml_document rels;
  parse(entry(bytes, "word/_rels/document.xml.rels"), rels);
  pugi::xml_node image_rel = rels.select_node(("//Relationship[@Id='" + rel + "']").c_str()).node();
  ASSERT_TRUE(image_rel);
  EXPECT_STREQ(image_rel.attribute("Type").value(),
               "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image");
  std::string media = std::string("word/") + image_rel.attribute("Target").value();
  EXPECT_EQ(entry(bytes, media), tiny_png(2, 1));
  EXPECT_NE(entry(bytes, "[Content_Types].xml")
                .find(R"(<Default Extension="png" ContentType="image/png")"),
            std::string::npos);
  // The header got its own relationships part pointing at the same image.
  pugi::xml_document header_rels;
  parse(entry(bytes, "word/_rels/header1.xml.rels"), header_rels);
  EXPECT_STREQ(header_rels.select_node("//Relationship").node().attribute("Target").value(),
               media.substr(5).c_str());
  pugi::xml_document header;
  parse(entry(bytes, "word/header1.xml"), header);
  EXPECT_EQ(header.select_node("//wp:extent").node().attribute("cy").as_llong(), 10 * 36000);
}

TEST(DocxTemplate, RepeatedDrawingsGetUniqueIds) {
  std::string dir = test_dir();
  write_seal(dir);
  PictureFiles pictures(dir);
  MiniDocx d;
  d.body = para("{{#each xs}}{{%image this}}{{/each}}");
  std::string path = dir + "/form.docx";
  d.write(path);
  std::string bytes =
      DocxTemplate::load(path, &pictures).fill(obj({{"xs", arr({"seal.png", "seal.png"})}}));
  pugi::xml_document doc;
  parse(entry(bytes, "word/document.xml"), doc);
  std::set<std::string> ids;
  for (pugi::xpath_node x : doc.select_nodes("//wp:docPr"))
    ids.insert(x.node().attribute("id").value());
  EXPECT_EQ(ids.size(), 2u);
  int media = 0;
  for (const std::string& n : entry_names(bytes)) media += n.starts_with("word/media/");
  EXPECT_EQ(media, 1);  // one image part however often it is shown
}

TEST(DocxTemplate, NewMediaNamesAndIdsAvoidTheTemplates) {
  std::string dir = test_dir();
  write_seal(dir);
  PictureFiles pictures(dir);
  MiniDocx d;
  d.body =
      para("{{%image \"seal.png\"}}") +
      R"(<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">)"
      R"(<wp:docPr id="7" name="old"/></wp:inline></w:drawing></w:r></w:p>)";
  d.extra = {{"word/media/image1.png", tiny_png(1, 1)}};
  std::string path = dir + "/form.docx";
  d.write(path);
  std::string bytes = DocxTemplate::load(path, &pictures).fill(Value());
  EXPECT_EQ(entry(bytes, "word/media/image1.png"), tiny_png(1, 1));  // the author's, untouched
  EXPECT_EQ(entry(bytes, "word/media/image2.png"), tiny_png(2, 1));
  pugi::xml_document doc;
  parse(entry(bytes, "word/document.xml"), doc);
  EXPECT_EQ(doc.select_node("//w:drawing/wp:inline/wp:docPr[@name='Picture 8']")
                .node()
                .attribute("id")
                .as_int(),
            8);
}

// A paragraph anchoring a text box (wps:txbx, and its VML fallback) whose
// own paragraph holds `text`.
std::string text_box(const std::string& text) {
  const std::string content = "<w:txbxContent>" + para(text) + "</w:txbxContent>";
  return R"(<w:p><w:r><w:t>框：</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">)"
         R"(<mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">)"
         R"(<wp:docPr id="1" name="框"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData>)"
         R"(<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx>)" +
         content +
         R"(</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>)"
         R"(<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>)" +
         content +
         R"(</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>)";
}

TEST(DocxTemplate, TextTagsInTextBoxesAndContentControls) {
  MiniDocx d;
  d.body =
      text_box("{{姓名}}") + R"(<w:sdt><w:sdtPr><w:alias w:val="部门"/></w:sdtPr><w:sdtContent>)" +
      para("{{部门}}") +
      R"(</w:sdtContent></w:sdt><w:p><w:sdt><w:sdtContent><w:r><w:t>{{姓</w:t></w:r></w:sdtContent></w:sdt>)"
      R"(<w:r><w:t>名}}</w:t></w:r></w:p>)";
  EXPECT_EQ(body_texts(d, obj({{"姓名", "李"}, {"部门", "预算科"}})),
            (Texts{"框：", "李", "李", "预算科", "李"}));
  d.body = text_box("{{#if a}}");
  EXPECT_NE(load_error(d).find("word/document.xml paragraph 2: {{#if a}}: block tags cannot be "
                               "used in text boxes"),
            std::string::npos);
}

TEST(DocxTemplate, TemplateWithoutTagsIsCopiedUnchanged) {
  MiniDocx d;
  d.body = para("无标签") + para("{ 单个括号 }");
  std::string path = test_dir() + "/form.docx";
  d.write(path);
  std::string bytes = DocxTemplate::load(path, nullptr).fill(obj({{"x", 1}}));
  std::ifstream in(path, std::ios::binary);
  std::string original((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (const std::string& name : entry_names(original))
    EXPECT_EQ(entry(bytes, name), entry(original, name)) << name;
}

TEST(DocxTemplate, LongListsFillQuickly) {
  MiniDocx d;
  d.body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc>" +
           para("{{#each xs}}{{index}}") + "</w:tc><w:tc>" + para("{{this.名称}}{{/each}}") +
           "</w:tc></w:tr></w:tbl>";
  Array items;
  for (int i = 0; i < 5000; ++i)
    items.push_back(obj({{"名称", Value("项目" + std::to_string(i))}}));
  std::string path = test_dir() + "/form.docx";
  d.write(path);
  DocxTemplate t = DocxTemplate::load(path, nullptr);
  auto start = std::chrono::steady_clock::now();
  std::string bytes = t.fill(obj({{"xs", Value(std::move(items))}}));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  pugi::xml_document doc;
  parse(entry(bytes, "word/document.xml"), doc);
  EXPECT_EQ(doc.select_nodes("//w:tr").size(), 5000u);
  EXPECT_LT(seconds, 10.0);  // linear: about 0.1 s here; quadratic would take minutes
  std::cout << "5000 rows filled in " << seconds << " s\n";
}

}  // namespace
}  // namespace formwork
