#include "pdf_test_support.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "util/utf8.h"

namespace formwork::testing {

const std::map<std::string, FontFiles>& default_fonts() {
  static const std::map<std::string, FontFiles> fonts = FontConfig::defaults().resolve();
  return fonts;
}

FontEngine& default_engine() {
  static FontEngine engine(default_fonts());
  return engine;
}

double set_line(Page& page, FontProvider& fonts, const std::string& text, double x, double y,
                double size, const std::string& role, bool bold, bool italic, double extra_pt) {
  GlyphRun* run = nullptr;
  double pen = x;
  for (char32_t cp : utf8_to_u32(text)) {
    FontFace& face = fonts.face_for(role, bold, italic, cp);
    if (!run || run->face_id != face.id()) {
      GlyphRun next;
      next.x = pen;
      next.y = y;
      next.face_id = face.id();
      next.size_pt = size;
      next.synthetic_bold = bold && !face.is_bold();
      next.synthetic_italic = italic && !face.is_italic();
      page.items.push_back(next);
      run = &std::get<GlyphRun>(page.items.back());
    }
    run->text += u32_to_utf8(std::u32string(1, cp));
    run->positions.push_back(pen - run->x);
    pen += face.advance_em(cp) * size + extra_pt;
    run->width = pen - run->x;
  }
  return pen;
}

std::string fresh_dir() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  const std::filesystem::path dir = std::filesystem::path(FORMWORK_TEST_TMP) / "pdf" /
                                    (std::string(info->test_suite_name()) + "." + info->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

std::string write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

CommandResult run(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buf{};
  size_t n = 0;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) result.output.append(buf.data(), n);
  const int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::vector<std::string> pdffonts_rows(const std::string& pdf) {
  const CommandResult r = run("pdffonts '" + pdf + "'");
  std::vector<std::string> rows;
  std::istringstream lines(r.output);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    if (n++ >= 2 && !line.empty()) rows.push_back(line);
  }
  return rows;
}

int count_of(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

namespace {

double attribute(const std::string& tag, const std::string& name) {
  const std::regex re(name + "=\"([-0-9.]+)\"");
  std::smatch m;
  return std::regex_search(tag, m, re) ? std::stod(m[1].str()) : 0;
}

// The few entities pdftotext writes in word text.
std::string unescape(std::string s) {
  const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1)) {
      s.replace(at, std::strlen(from), to);
    }
  }
  return s;
}

}  // namespace

std::vector<BBoxPage> bbox_layout(const std::string& pdf) {
  const CommandResult r = run("pdftotext -bbox-layout -enc UTF-8 '" + pdf + "' -");
  std::vector<BBoxPage> pages;
  std::istringstream in(r.output);
  std::string line;
  const std::regex word(R"(<word [^>]*>(.*)</word>)");
  while (std::getline(in, line)) {
    if (line.find("<page ") != std::string::npos) {
      pages.push_back({attribute(line, "width"), attribute(line, "height"), {}});
    } else if (line.find("<line ") != std::string::npos && !pages.empty()) {
      pages.back().lines.push_back({attribute(line, "xMin"), attribute(line, "yMin"),
                                    attribute(line, "xMax"), attribute(line, "yMax"), ""});
    } else if (std::smatch m;
               std::regex_search(line, m, word) && !pages.empty() && !pages.back().lines.empty()) {
      std::string& text = pages.back().lines.back().text;
      text += (text.empty() ? "" : " ") + unescape(m[1].str());
    }
  }
  for (BBoxPage& page : pages) {
    std::stable_sort(page.lines.begin(), page.lines.end(),
                     [](const BBoxLine& a, const BBoxLine& b) {
                       return a.y_min != b.y_min ? a.y_min < b.y_min : a.x_min < b.x_min;
                     });
  }
  return pages;
}

}  // namespace formwork::testing
