// DocxTemplate on templates an author's tools made: python-docx builds them
// (tests/e2e/make_docx_templates.py), LibreOffice saves one again in its
// own style; the filled packages are read back with python-docx and
// converted to PDF by LibreOffice.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "../test_support/required_tool.h"
#include "docx/docx_template.h"
#include "docx_template_support.h"
#include "docx_test_support.h"
#include "util/decimal.h"

namespace formwork {
namespace {

namespace fs = std::filesystem;
using docx_test::run_command;

Value to_value(const nlohmann::ordered_json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::object: {
      Object o;
      for (const auto& [k, v] : j.items()) o.set(k, to_value(v));
      return Value(std::move(o));
    }
    case nlohmann::json::value_t::array: {
      Array a;
      for (const auto& v : j) a.push_back(to_value(v));
      return Value(std::move(a));
    }
    case nlohmann::json::value_t::string:
      return Value(j.get<std::string>());
    case nlohmann::json::value_t::boolean:
      return Value(j.get<bool>());
    case nlohmann::json::value_t::null:
      return Value();
    default:
      return Value(*Decimal::parse(j.dump()));
  }
}

std::vector<Value> records(const std::string& relative) {
  std::ifstream in(std::string(FORMWORK_SOURCE_DIR) + "/" + relative);
  std::vector<Value> out;
  for (const auto& r : nlohmann::ordered_json::parse(in)) out.push_back(to_value(r));
  return out;
}

bool has_python_docx() {
  int status = -1;
  run_command("/usr/bin/python3 -c 'import docx' 2>&1", &status);
  return status == 0;
}

// Builds the templates into a fresh folder once per test.
std::string make_templates() {
  std::string dir = fill_test::test_dir();
  int status = -1;
  std::string log = run_command("/usr/bin/python3 '" + std::string(FORMWORK_SOURCE_DIR) +
                                    "/tests/e2e/make_docx_templates.py' '" + dir + "' 2>&1",
                                &status);
  EXPECT_EQ(status, 0) << log;
  return dir;
}

void write(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// What python-docx sees of a filled 差旅费报销单.
constexpr const char* kTravelScript = R"PY(
body = d.element.body
out("paragraphs", "|".join(p.text for p in d.paragraphs if p.text))
info, trips, sign = d.tables
out("name", info.cell(0, 1).text)
name_runs = [r for r in info.cell(0, 1).paragraphs[0].runs if r.text]
out("name_runs", len(name_runs))
out("dept", info.cell(0, 3).text)
out("dept_size", info.cell(0, 3).paragraphs[0].runs[0].font.size.pt)
out("reason", info.cell(1, 1).text)
out("trip_rows", len(trips.rows))
for i, row in enumerate(trips.rows):
    out(f"trip{i}", "|".join(c.text for c in row.cells))
merged = [trips.cell(i, 0)._tc is trips.cell(1, 0)._tc for i in range(1, len(trips.rows) - 1)]
out("merged_column", all(merged))
out("shaded", trips.cell(0, 1)._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")))
out("style", trips.style.name)
out("sign_drawings", len(sign.cell(1, 3)._tc.findall(".//" + qn("w:drawing"))))
s = d.sections[0]
out("landscape", int(s.orientation))
out("page", f"{s.page_width.mm:.0f}x{s.page_height.mm:.0f}")
out("header", s.header.paragraphs[0].text)
out("header_drawings", len(s.header._element.findall(".//" + qn("w:drawing"))))
out("footer_fields", " ".join(i.text.strip() for i in s.footer._element.iter(qn("w:instrText"))))
numbered = [p.text for p in d.paragraphs if p.style.name == "List Number"]
out("numbered", "|".join(numbered))
out("image_parts", len([r for r in d.part.rels.values() if r.reltype.endswith("/image")]))
)PY";

class DocxTemplateAuthored : public ::testing::Test {
 protected:
  void SetUp() override {
    FORMWORK_REQUIRE_TOOL(has_python_docx(), "python3-docx (scripts/setup.sh installs it)");
    dir_ = make_templates();
    pictures_ = std::make_unique<PictureFiles>(dir_);
  }

  std::map<std::string, std::string> read_travel(const std::string& tpl, const Value& record,
                                                 const std::string& out) {
    write(out, DocxTemplate::load(tpl, pictures_.get()).fill(record));
    return docx_test::run_python(std::string(docx_test::kPythonDocxPreamble) + kTravelScript, out);
  }

  std::string dir_;
  std::unique_ptr<PictureFiles> pictures_;
};

TEST_F(DocxTemplateAuthored, TravelExpenseClaimReadBackWithPythonDocx) {
  std::vector<Value> recs = records("samples/travel-expense-2024.json");
  ASSERT_EQ(recs.size(), 3u);
  auto v = read_travel(dir_ + "/差旅费报销单.docx", recs[0], dir_ + "/out-1.docx");
  EXPECT_EQ(v["name"], "李晓梅");
  EXPECT_EQ(v["name_runs"], "1");  // the split tag became one run
  EXPECT_EQ(v["dept"], "预算科");
  EXPECT_EQ(v["dept_size"], "12.0");  // the size of the run where the tag starts
  EXPECT_EQ(v["reason"], "赴省财政厅参加2024年度部门预算编制培训");
  EXPECT_EQ(v["trip_rows"], "6");  // header, 3 trips, 合计, 大写
  EXPECT_EQ(
      v["trip1"],
      "出差明细|2024-05-13至2024-05-13|示例市—济南|高铁二等座|186.50|0.00|100.00|0.00|286.50");
  EXPECT_EQ(
      v["trip2"],
      "出差明细|2024-05-13至2024-05-16|济南—济南|市内交通|80.00|1,140.00|300.00|0.00|1,520.00");
  EXPECT_EQ(v["trip3"],
            "出差明细|2024-05-16至2024-05-16|济南—示例市|高铁二等座|186.50|0.00|0.00|25.00|211.50");
  EXPECT_EQ(v["trip4"], "出差明细|合计|合计|合计|合计|合计|合计|合计|2,018.00");
  EXPECT_EQ(v["trip5"],
            "人民币（大写）|人民币（大写）|人民币（大写）|贰仟零壹拾捌元整|贰仟零壹拾捌元整|"
            "贰仟零壹拾捌元整|贰仟零壹拾捌元整|贰仟零壹拾捌元整|贰仟零壹拾捌元整");
  EXPECT_EQ(v["merged_column"], "True");
  EXPECT_EQ(v["shaded"], "D9D9D9");
  EXPECT_EQ(v["style"], "Table Grid");
  EXPECT_EQ(v["sign_drawings"], "1");
  EXPECT_EQ(v["landscape"], "1");
  EXPECT_EQ(v["page"], "297x210");
  EXPECT_EQ(v["header"], "示例市财政局　　单据编号：CL-2024-0137　");
  EXPECT_EQ(v["header_drawings"], "1");  // the QR code
  EXPECT_EQ(v["footer_fields"], "PAGE NUMPAGES");
  EXPECT_EQ(v["numbered"], "说明：按实际发生额凭票报销。|伙食补助按出差自然天数计算。");
  EXPECT_EQ(v["image_parts"], "1");  // the seal; the QR code is the header's
  const std::string& text = v["paragraphs"];
  for (const char* expected : {"差旅费报销单", "报销日期：2024-05-20", "预借金额：3,000.00 元",
                               "应退金额：982.00 元", "附单据 7 张"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  for (const char* absent : {"{{", "}}", "应补金额"})
    EXPECT_EQ(text.find(absent), std::string::npos) << absent << "\n" << text;

  v = read_travel(dir_ + "/差旅费报销单.docx", recs[1], dir_ + "/out-2.docx");
  EXPECT_EQ(v["trip_rows"], "7");
  EXPECT_NE(v["paragraphs"].find("应补金额：2,416.50 元"), std::string::npos) << v["paragraphs"];
  v = read_travel(dir_ + "/差旅费报销单.docx", recs[2], dir_ + "/out-3.docx");
  EXPECT_EQ(v["trip_rows"], "4");
  EXPECT_NE(v["paragraphs"].find("应补金额：135.00 元（无预借）"), std::string::npos)
      << v["paragraphs"];
  EXPECT_EQ(v["paragraphs"].find("预借金额"), std::string::npos) << v["paragraphs"];
  EXPECT_NE(v["paragraphs"].find("附单据 0 张"), std::string::npos) << v["paragraphs"];
}

constexpr const char* kTripsScript = R"PY(
out("paragraphs", "|".join(p.text for p in d.paragraphs))
out("headings", "|".join(p.text for p in d.paragraphs if p.style.name == "Heading 2"))
out("bullets", "|".join(p.text for p in d.paragraphs if p.style.name == "List Bullet"))
out("tables", "/".join(";".join("|".join(c.text for c in r.cells) for r in t.rows) for t in d.tables))
)PY";

TEST_F(DocxTemplateAuthored, NestedListsOfTripsAndExpenses) {
  std::vector<Value> recs = records("tests/fixtures/docx/行程明细.json");
  std::string out = dir_ + "/trips.docx";
  write(out, DocxTemplate::load(dir_ + "/行程明细.docx", pictures_.get()).fill(recs[0]));
  auto v = docx_test::run_python(std::string(docx_test::kPythonDocxPreamble) + kTripsScript, out);
  EXPECT_EQ(v["headings"], "1. 示例市 → 济南（2024-05-13）|2. 济南 → 示例市（2024-05-16）");
  EXPECT_EQ(v["tables"],
            "费用项目|金额;高铁二等座|186.50;伙食补助|100.00/"
            "费用项目|金额;高铁二等座|186.50;住宿费|1,140.00;其他|25.00");
  EXPECT_EQ(v["bullets"], "住宿发票3张|车票2张");
  EXPECT_EQ(v["paragraphs"],
            "李晓梅的行程明细|1. 示例市 → 济南（2024-05-13）|本段小计：286.50 元|"
            "2. 济南 → 示例市（2024-05-16）|本段小计：1,351.50 元|备注：|住宿发票3张|车票2张|"
            "总计：1,638.00 元");
}

bool has_soffice() { return fs::exists("/usr/bin/soffice"); }

// Runs LibreOffice headless with a private profile in `dir`.
std::string soffice(const std::string& dir, const std::string& args, int* status) {
  return run_command(
      "cd '" + dir + "' && HOME='" + dir +
          "' timeout 300 soffice --headless --norestore -env:UserInstallation=file://" + dir +
          "/lo-profile " + args + " 2>&1",
      status);
}

std::string without_spaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\n' && c != '\f') out += c;
  }
  return out;
}

TEST_F(DocxTemplateAuthored, FilledClaimConvertsInLibreOffice) {
  FORMWORK_REQUIRE_TOOL(has_soffice(),
                        "soffice (scripts/setup.sh installs libreoffice-writer-nogui)");
  std::vector<Value> recs = records("samples/travel-expense-2024.json");
  write(dir_ + "/filled.docx",
        DocxTemplate::load(dir_ + "/差旅费报销单.docx", pictures_.get()).fill(recs[1]));
  int status = -1;
  std::string log = soffice(dir_, "--convert-to pdf --outdir '" + dir_ + "' filled.docx", &status);
  ASSERT_EQ(status, 0) << log;
  ASSERT_TRUE(fs::exists(dir_ + "/filled.pdf")) << log;
  std::string info = run_command("pdfinfo '" + dir_ + "/filled.pdf'");
  EXPECT_NE(info.find("841.89 x 595.3"), std::string::npos) << info;  // A4 landscape
  EXPECT_NE(info.find("Pages:           1\n"), std::string::npos) << info;
  std::string text =
      without_spaces(run_command("pdftotext -enc UTF-8 '" + dir_ + "/filled.pdf' -"));
  for (const char* expected :
       {"示例市财政局", "CL-2024-0142", "王建国", "国库科", "北京—天津", "1,650.00", "4,416.50",
        "肆仟肆佰壹拾陆元伍角整", "应补金额：2,416.50元", "第1页共1页"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  EXPECT_EQ(text.find("{{"), std::string::npos) << text;
  // For a look at the result: pdftoppm -r 70 -png filled.pdf page (kept in the test folder).
  run_command("pdftoppm -r 70 -png '" + dir_ + "/filled.pdf' '" + dir_ + "/page'");
}

TEST_F(DocxTemplateAuthored, TemplateSavedAgainByLibreOfficeStillFills) {
  FORMWORK_REQUIRE_TOOL(has_soffice(),
                        "soffice (scripts/setup.sh installs libreoffice-writer-nogui)");
  fs::create_directories(dir_ + "/lo");
  int status = -1;
  std::string log = soffice(dir_,
                            "--convert-to 'docx:MS Word 2007 XML' --outdir '" + dir_ + "/lo' '" +
                                dir_ + "/差旅费报销单.docx'",
                            &status);
  ASSERT_EQ(status, 0) << log;
  std::string tpl = dir_ + "/lo/差旅费报销单.docx";
  ASSERT_TRUE(fs::exists(tpl)) << log;
  std::vector<Value> recs = records("samples/travel-expense-2024.json");
  auto v = read_travel(tpl, recs[0], dir_ + "/lo-filled.docx");
  EXPECT_EQ(v["name"], "李晓梅");
  EXPECT_EQ(v["dept"], "预算科");
  EXPECT_EQ(v["trip_rows"], "6");
  EXPECT_EQ(v["trip4"], "出差明细|合计|合计|合计|合计|合计|合计|合计|2,018.00");
  EXPECT_EQ(v["merged_column"], "True");
  EXPECT_EQ(v["header"].rfind("示例市财政局", 0), 0u) << v["header"];
  EXPECT_NE(v["paragraphs"].find("应退金额：982.00 元"), std::string::npos) << v["paragraphs"];
  EXPECT_EQ(v["paragraphs"].find("{{"), std::string::npos) << v["paragraphs"];
}

}  // namespace
}  // namespace formwork

namespace formwork {
namespace {

// The shipped Office-authored sample (templates/travel-expense.docx, written
// by scripts/make-office-samples.py) filled for every sample record.
TEST_F(DocxTemplateAuthored, ShippedTravelExpenseTemplateFillsEveryRecord) {
  const std::string tpl = std::string(FORMWORK_SOURCE_DIR) + "/templates/travel-expense.docx";
  if (!fs::exists(tpl)) GTEST_SKIP() << "no " << tpl;
  PictureFiles pictures(fs::path(tpl).parent_path().string());
  DocxTemplate t = DocxTemplate::load(tpl, &pictures);
  std::vector<Value> recs = records("samples/travel-expense-2024.json");
  for (std::size_t i = 0; i < recs.size(); ++i) {
    std::string out = dir_ + "/shipped-" + std::to_string(i + 1) + ".docx";
    write(out, t.fill(recs[i]));
    auto v = docx_test::run_python(std::string(docx_test::kPythonDocxPreamble) + R"PY(
cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
text = "\n".join(p.text for p in d.paragraphs)
out("left", int("{{" in text + "".join(cells)))
out("header", d.sections[0].header.paragraphs[0].text)
out("rows", len(d.tables[1].rows))
)PY",
                                   out);
    EXPECT_EQ(v["left"], "0") << out;
    EXPECT_EQ(v["header"], recs[i].find("单位")->as_string()) << out;
    EXPECT_GE(std::stoi(v["rows"]), 1 + static_cast<int>(recs[i].find("行程")->as_array().size()));
  }
}

}  // namespace
}  // namespace formwork
