// The merged print file (MergedPdfWriter): one bookmark per record, copies
// and duplex padding, one font subset per face for the batch, atomic
// output; and byte-identical PDFs whichever thread renders them.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <thread>

#include "pdf/page_painter.h"
#include "pdf/pdf_writer.h"
#include "pdf_test_support.h"
#include "util/atomic_file.h"

namespace formwork {
namespace {

using testing::default_engine;
using testing::fresh_dir;
using testing::pdffonts_rows;
using testing::run;
using testing::set_line;

/// A record of `pages` pages, each saying "<name> 第 n 页".
LaidOutDocument record(const std::string& name, int pages) {
  LaidOutDocument doc;
  doc.title = name + " 验收表";
  for (int n = 1; n <= pages; ++n) {
    Page page;
    set_line(page, default_engine(), name + " 第 " + std::to_string(n) + " 页", 72, 100, 14);
    doc.pages.push_back(page);
  }
  return doc;
}

/// (title, page number from 1) of each outline item, in order.
std::vector<std::pair<std::string, int>> outline_of(const std::string& pdf) {
  const std::string json = run("qpdf --json=2 --json-key=outlines '" + pdf + "'").output;
  std::vector<std::pair<std::string, int>> out;
  const std::regex item(R"re("destpageposfrom1": (\d+),[\s\S]*?"title": "([^"]*)")re");
  for (std::sregex_iterator it(json.begin(), json.end(), item), end; it != end; ++it) {
    out.emplace_back((*it)[2].str(), std::stoi((*it)[1].str()));
  }
  return out;
}

int page_count(const std::string& pdf) {
  const std::string info = run("pdfinfo '" + pdf + "'").output;
  std::smatch m;
  return std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))")) ? std::stoi(m[1].str()) : -1;
}

std::string page_text(const std::string& pdf, int page) {
  const std::string n = std::to_string(page);
  return run("pdftotext -raw -enc UTF-8 -f " + n + " -l " + n + " '" + pdf + "' -").output;
}

class PrintFileTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = fresh_dir(); }
  /// Records of 1, 2 and 1 pages merged with `options`.
  std::string merge(const std::string& name, PrintOptions options) {
    const std::string path = dir_ + "/" + name;
    MergedPdfWriter writer(path, default_engine(), options);
    writer.add(record("甲", 1), "2016001 甲");
    writer.add(record("乙", 2), "2016002 乙");
    writer.add(record("丙", 1), "2016003 丙");
    EXPECT_EQ(writer.count(), 3u);
    writer.finish();
    return path;
  }
  std::string dir_;
};

TEST_F(PrintFileTest, OneBookmarkPerRecordAtItsFirstPage) {
  const std::string pdf = merge("merged.pdf", {});
  EXPECT_EQ(run("qpdf --check '" + pdf + "'").status, 0);
  EXPECT_EQ(page_count(pdf), 4);
  using Items = std::vector<std::pair<std::string, int>>;
  EXPECT_EQ(outline_of(pdf), (Items{{"2016001 甲", 1}, {"2016002 乙", 2}, {"2016003 丙", 4}}));
  EXPECT_NE(page_text(pdf, 3).find("乙 第 2 页"), std::string::npos);
  EXPECT_NE(run("pdfinfo '" + pdf + "'").output.find("Title:           甲 验收表"),
            std::string::npos);
}

TEST_F(PrintFileTest, CopiesRepeatEachRecord) {
  const std::string pdf = merge("copies.pdf", {3, false});
  EXPECT_EQ(page_count(pdf), 12);
  using Items = std::vector<std::pair<std::string, int>>;
  EXPECT_EQ(outline_of(pdf), (Items{{"2016001 甲", 1}, {"2016002 乙", 4}, {"2016003 丙", 10}}));
  for (int p : {1, 2, 3}) EXPECT_NE(page_text(pdf, p).find("甲 第 1 页"), std::string::npos) << p;
  EXPECT_NE(page_text(pdf, 9).find("乙 第 2 页"), std::string::npos);
  // The copies share one content stream per page.
  const auto one = std::filesystem::file_size(merge("once.pdf", {}));
  EXPECT_LT(std::filesystem::file_size(pdf), one + 2500);
}

TEST_F(PrintFileTest, DuplexStartsEveryRecordAndCopyOnAFrontPage) {
  // 一式三份 duplex: 甲 (1 page) p1, blank, p3, blank, p5, blank; 乙 (2
  // pages) p7–8, 9–10, 11–12; 丙 p13, blank, p15, blank, p17.
  const std::string pdf = merge("duplex.pdf", {3, true});
  EXPECT_EQ(run("qpdf --check '" + pdf + "'").status, 0);
  EXPECT_EQ(page_count(pdf), 17);
  using Items = std::vector<std::pair<std::string, int>>;
  EXPECT_EQ(outline_of(pdf), (Items{{"2016001 甲", 1}, {"2016002 乙", 7}, {"2016003 丙", 13}}));
  for (int p : {1, 3, 5}) EXPECT_NE(page_text(pdf, p).find("甲 第 1 页"), std::string::npos) << p;
  for (int p : {2, 4, 6, 14, 16}) EXPECT_EQ(page_text(pdf, p).find("页"), std::string::npos) << p;
  for (int p : {7, 9, 11}) EXPECT_NE(page_text(pdf, p).find("乙 第 1 页"), std::string::npos) << p;
  EXPECT_NE(page_text(pdf, 17).find("丙 第 1 页"), std::string::npos);
}

TEST_F(PrintFileTest, ManyRecordsShareOneSubsetPerFace) {
  const std::string path = dir_ + "/many.pdf";
  MergedPdfWriter writer(path, default_engine());
  for (int i = 1; i <= 300; ++i)
    writer.add(record("第" + std::to_string(i) + "号", 1), std::to_string(i));
  writer.finish();
  EXPECT_EQ(run("qpdf --check '" + path + "'").status, 0);
  EXPECT_EQ(page_count(path), 300);
  const auto items = outline_of(path);
  ASSERT_EQ(items.size(), 300u);
  EXPECT_EQ(items[249], (std::pair<std::string, int>{"250", 250}));
  EXPECT_NE(page_text(path, 250).find("第250号 第 1 页"), std::string::npos);
  EXPECT_EQ(pdffonts_rows(path).size(), 2u);  // Song and Liberation Serif, once each
}

TEST_F(PrintFileTest, NothingAppearsWithoutFinish) {
  {
    MergedPdfWriter writer(dir_ + "/unfinished.pdf", default_engine());
    writer.add(record("甲", 1), "甲");
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir_));
}

TEST_F(PrintFileTest, PagesArePaintedOnceForBothFiles) {
  const LaidOutDocument doc = record("甲", 2);
  const std::string own = pdf_bytes(doc, default_engine());
  const auto painted = paint_document(doc, default_engine());
  EXPECT_EQ(paint_document(doc, default_engine()).get(), painted.get());
  const LaidOutDocument copy = doc;  // a copy paints afresh
  EXPECT_NE(paint_document(copy, default_engine()).get(), painted.get());
  EXPECT_EQ(pdf_bytes(copy, default_engine()), own);
}

TEST(PdfDeterminism, SameBytesFromTwoThreads) {
  std::vector<LaidOutDocument> docs;
  for (int i = 0; i < 8; ++i) docs.push_back(record("记录" + std::to_string(i), 1 + i % 2));
  std::vector<std::string> alone;
  for (const LaidOutDocument& d : docs)
    alone.push_back(pdf_bytes(LaidOutDocument(d), default_engine()));
  std::vector<std::string> shared(docs.size());
  auto work = [&](size_t first) {
    for (size_t i = first; i < docs.size(); i += 2)
      shared[i] = pdf_bytes(docs[i], default_engine());
  };
  std::thread a(work, 0), b(work, 1);
  a.join();
  b.join();
  EXPECT_EQ(shared, alone);
  EXPECT_EQ(pdf_bytes(record("记录0", 1), default_engine()), alone[0]);
}

}  // namespace
}  // namespace formwork
