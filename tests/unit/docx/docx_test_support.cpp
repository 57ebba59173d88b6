#include "docx_test_support.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace formwork::docx_test {

namespace {

Paragraph para(const std::string& text, TextStyle style = {}, Align align = Align::Left) {
  Paragraph p;
  p.runs.push_back({text, style});
  p.align = align;
  return p;
}

Cell cell(const std::string& text, int colspan = 1, int rowspan = 1) {
  Cell c;
  c.paragraphs.push_back(para(text));
  c.colspan = colspan;
  c.rowspan = rowspan;
  return c;
}

Table main_table() {
  Table t;
  t.column_widths = {1, 2, 1, 1};
  Row head;
  head.header = true;
  Cell label = cell("项目", 2);
  label.shaded = true;
  label.align = Align::Center;
  head.cells = {label, cell("金额"), cell("备注")};
  Row r1;
  Cell merged = cell("支出", 1, 2);
  merged.valign = VAlign::Top;
  Cell empty;
  r1.cells = {merged, cell("办公费"), cell("1,234.56"), empty};
  Row r2;
  r2.cells = {cell("差旅费"), cell("265,675.22"), cell("x")};
  Row r3;
  r3.min_height_mm = 30;
  r3.cells = {cell("合计", 3), cell("说明")};
  Row r4;
  r4.cells = {cell("仅一格")};
  t.rows = {head, r1, r2, r3, r4};
  return t;
}

}  // namespace

Document sample_document() {
  Document doc;
  doc.title = "经费决算表 <测试>";
  doc.page.width_mm = 297;
  doc.page.height_mm = 210;
  doc.page.landscape = true;
  doc.page.margin_top_mm = 30;
  doc.page.margin_bottom_mm = 28;
  doc.page.margin_left_mm = 26;
  doc.page.margin_right_mm = 24;
  doc.page.footer.pattern = "第 {page} 页 共 {pages} 页";

  Paragraph title = para("经费决算表", {"xbs", 22, true}, Align::Center);
  title.role = ParagraphRole::Title;
  Paragraph heading = para("一、基本情况", {"hei", 16});
  heading.role = ParagraphRole::Heading;
  heading.heading_level = 1;
  heading.keep_with_next = true;
  TextStyle body_style{"fangsong", 16};
  Paragraph body = para("本单位2023年度预算执行情况如下：", body_style, Align::Justify);
  body.first_line_indent_em = 2;
  body.space_after_pt = 6;
  TextStyle bold = body_style;
  bold.bold = true;
  bold.underline = true;
  bold.color = 0xC00000;
  body.runs.push_back({kSpecialText, bold});
  body.runs.push_back({"第一行\n第二行", body_style});

  Paragraph signature = para("第二页", {}, Align::Right);
  signature.role = ParagraphRole::Signature;
  Table small;
  small.column_widths = {1, 1};
  small.borders = false;
  Row row;
  row.cells = {cell("A"), cell("B")};
  small.rows = {row};

  doc.blocks = {title, heading, body, main_table(), PageBreak{}, signature, small};
  return doc;
}

std::string fresh_dir() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::filesystem::path dir = std::filesystem::path(FORMWORK_TEST_TMP) / "docx" /
                              (std::string(info->test_suite_name()) + "." + info->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

std::string run_command(const std::string& command, int* status) {
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("popen failed: " + command);
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  int rc = ::pclose(pipe);
  if (status) *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  return out;
}

std::vector<std::string> zip_names(const std::string& path) {
  int err = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &err);
  if (zip == nullptr) throw std::runtime_error("cannot open " + path);
  std::vector<std::string> names;
  zip_int64_t count = zip_get_num_entries(zip, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    names.emplace_back(zip_get_name(zip, static_cast<zip_uint64_t>(i), 0));
  }
  zip_discard(zip);
  return names;
}

std::string zip_entry(const std::string& path, const std::string& name) {
  int err = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &err);
  if (zip == nullptr) throw std::runtime_error("cannot open " + path);
  zip_file_t* file = zip_fopen(zip, name.c_str(), 0);
  if (file == nullptr) {
    zip_discard(zip);
    throw std::runtime_error("no entry " + name + " in " + path);
  }
  std::string bytes;
  char buf[4096];
  zip_int64_t n;
  while ((n = zip_fread(file, buf, sizeof buf)) > 0) bytes.append(buf, static_cast<size_t>(n));
  zip_fclose(file);
  zip_discard(zip);
  return bytes;
}

void load_part(const std::string& path, const std::string& name, pugi::xml_document& doc) {
  std::string bytes = zip_entry(path, name);
  pugi::xml_parse_result result = doc.load_buffer(bytes.data(), bytes.size());
  ASSERT_TRUE(result) << name << ": " << result.description();
}

std::map<std::string, std::string> run_python(const std::string& script,
                                              const std::string& docx_path) {
  std::string script_path = docx_path + ".py";
  std::ofstream(script_path) << script;
  int status = 0;
  std::string out = run_command(
      "PYTHONIOENCODING=utf-8 /usr/bin/python3 '" + script_path + "' '" + docx_path + "' 2>&1",
      &status);
  EXPECT_EQ(status, 0) << out;
  std::map<std::string, std::string> values;
  size_t start = 0;
  while (start < out.size()) {
    size_t end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    std::string line = out.substr(start, end - start);
    if (size_t eq = line.find('='); eq != std::string::npos) {
      values[line.substr(0, eq)] = line.substr(eq + 1);
    }
    start = end + 1;
  }
  return values;
}

}  // namespace formwork::docx_test
