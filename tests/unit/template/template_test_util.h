#pragma once
// Helpers for template tests: templates written to a fresh temp folder,
// records from JSON text (numbers parsed exactly with Decimal).
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "model/value.h"
#include "template/template.h"
#include "util/errors.h"

namespace formwork::test {

/// A fresh folder under FORMWORK_TEST_TMP, removed at destruction.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::path(FORMWORK_TEST_TMP) /
            ("template-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  const std::filesystem::path& path() const { return path_; }
  /// Writes `content` to `name` in the folder and returns its path.
  std::string write(const std::string& name, const std::string& content) const {
    auto p = path_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

 private:
  std::filesystem::path path_;
};

/// nlohmann JSON → Value; numbers go through their JSON text so they stay exact.
inline Value to_value(const nlohmann::ordered_json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::null:
      return Value();
    case nlohmann::json::value_t::boolean:
      return Value(j.get<bool>());
    case nlohmann::json::value_t::string:
      return Value(j.get<std::string>());
    case nlohmann::json::value_t::array: {
      Array a;
      for (const auto& e : j) a.push_back(to_value(e));
      return Value(std::move(a));
    }
    case nlohmann::json::value_t::object: {
      Object o;
      for (const auto& [k, v] : j.items()) o.set(k, to_value(v));
      return Value(std::move(o));
    }
    default:
      return Value(*Decimal::parse(j.dump()));
  }
}

/// A record from JSON text.
inline Value record(const std::string& json) {
  return to_value(nlohmann::ordered_json::parse(json));
}

/// Wraps `body` in a <form name="t"> element.
inline std::string form(const std::string& body, const std::string& attrs = "") {
  return "<form name=\"t\"" + (attrs.empty() ? "" : " " + attrs) + ">\n" + body + "\n</form>\n";
}

/// Fixture with a temp folder and load/render shortcuts.
class TemplateTest : public ::testing::Test {
 protected:
  Template load(const std::string& xml, const std::string& name = "t.xml") {
    return Template::load(dir_.write(name, xml));
  }
  Document render(const std::string& xml, const std::string& json = "{}") {
    return load(xml).render(record(json));
  }
  /// The TemplateError thrown by loading `xml` (fails the test if none).
  TemplateError load_error(const std::string& xml) {
    try {
      load(xml);
    } catch (const TemplateError& e) {
      return e;
    }
    ADD_FAILURE() << "no TemplateError for:\n" << xml;
    return TemplateError("none", {});
  }
  /// The TemplateError thrown by rendering (fails the test if none).
  TemplateError render_error(const std::string& xml, const std::string& json = "{}") {
    Template t = load(xml);
    try {
      t.render(record(json));
    } catch (const TemplateError& e) {
      return e;
    }
    ADD_FAILURE() << "no TemplateError rendering:\n" << xml;
    return TemplateError("none", {});
  }
  TempDir dir_;
};

/// The paragraph at `i` of `doc` (fails the test when it is not one).
inline const Paragraph& para(const Document& doc, size_t i) {
  static const Paragraph none;
  if (i >= doc.blocks.size() || !std::holds_alternative<Paragraph>(doc.blocks[i])) {
    ADD_FAILURE() << "block " << i << " is not a paragraph";
    return none;
  }
  return std::get<Paragraph>(doc.blocks[i]);
}

/// The table at `i` of `doc` (fails the test when it is not one).
inline const Table& table(const Document& doc, size_t i) {
  static const Table none;
  if (i >= doc.blocks.size() || !std::holds_alternative<Table>(doc.blocks[i])) {
    ADD_FAILURE() << "block " << i << " is not a table";
    return none;
  }
  return std::get<Table>(doc.blocks[i]);
}

/// Text of a cell's paragraphs joined with '|'.
inline std::string cell_text(const Cell& c) {
  std::string s;
  for (size_t i = 0; i < c.paragraphs.size(); ++i) s += (i ? "|" : "") + c.paragraphs[i].text();
  return s;
}

}  // namespace formwork::test
