#include "docx/deferred_runs.h"

#include <algorithm>
#include <charconv>

#include "docx/xml_util.h"
#include "util/forbidden_chars.h"

namespace formwork {
namespace {

// A processing instruction (XML 1.0 §2.6) never appears in serialised
// text: '<' in text and attribute values is always escaped as "&lt;".
constexpr const char* kTarget = "formwork-run";
constexpr std::string_view kOpen = "<?formwork-run ";
constexpr std::string_view kClose = "?>";

// A batch of run content is serialised once it has this many nodes.
constexpr size_t kBatchNodes = 4096;

void append_text(pugi::xml_node r, std::string_view text) {
  pugi::xml_node t = r.append_child("w:t");
  t.append_attribute("xml:space") = "preserve";
  t.text().set(text.data(), text.size());
}

/// Calls on_segment(text, separator) for each piece of `text` before a
/// '\n', '\t' or '\r' (separator 0 for the last piece).
template <class OnSegment>
void split_runs(std::string_view text, OnSegment on_segment) {
  size_t start = 0;
  while (start <= text.size()) {
    const size_t stop = std::min(text.find_first_of("\n\t\r", start), text.size());
    on_segment(text.substr(start, stop - start), stop < text.size() ? text[stop] : '\0');
    start = stop + 1;
  }
}

/// Appends the element for one separator (w:br, w:tab; none for '\r').
void append_separator(pugi::xml_node r, char separator) {
  if (separator == '\n' || separator == '\t') {
    r.append_child(separator == '\n' ? "w:br" : "w:tab");
  }
}

}  // namespace

void append_run_content(pugi::xml_node run, std::string_view text) {
  split_runs(text, [&](std::string_view piece, char separator) {
    if (!piece.empty()) append_text(run, piece);
    append_separator(run, separator);
  });
}

void DeferredRuns::defer(pugi::xml_node run, std::string_view text) {
  pugi::xml_node pi = run.append_child(pugi::node_pi);
  pi.set_name(kTarget);
  pi.set_value(std::to_string(texts_.size()).c_str());
  texts_.push_back(text);
}

void DeferredRuns::write_content(std::string& out, std::string_view text) const {
  std::string storage;
  const std::string_view clean = clean_text(text, storage);
  pugi::xml_document scratch;
  pugi::xml_node run = scratch.append_child("w:r");
  size_t nodes = 0;
  // The scratch w:r is printed without its own tags: "<w:r>" … "</w:r>".
  constexpr std::string_view kStart = "<w:r>", kEnd = "</w:r>";
  auto flush = [&] {
    if (nodes == 0) return;
    const std::string xml = docx_xml::serialize_node(run);
    out.append(xml, kStart.size(), xml.size() - kStart.size() - kEnd.size());
    run.remove_children();
    nodes = 0;
  };
  split_runs(clean, [&](std::string_view piece, char separator) {
    if (!piece.empty()) append_text(run, piece);
    append_separator(run, separator);
    nodes += 2;
    if (nodes >= kBatchNodes) flush();
  });
  flush();
}

std::string DeferredRuns::serialize(const pugi::xml_document& doc) const {
  const std::string skeleton = docx_xml::serialize(doc);
  if (texts_.empty()) return skeleton;
  // Reserved once: growing by doubling would hold the part up to three
  // times over while it is copied. Each piece of text takes its w:t tags
  // and each separator an element: about 40 bytes more per line.
  size_t estimate = skeleton.size();
  for (std::string_view t : texts_) {
    estimate += t.size() + t.size() / 8 + 40 * (1 + std::count_if(t.begin(), t.end(), [](char c) {
                                                  return c == '\n' || c == '\t' || c == '\r';
                                                }));
  }
  std::string out;
  out.reserve(estimate);
  size_t from = 0;
  for (size_t at; (at = skeleton.find(kOpen, from)) != std::string::npos;) {
    const size_t end = skeleton.find(kClose, at);
    size_t index = 0;
    std::from_chars(skeleton.data() + at + kOpen.size(), skeleton.data() + end, index);
    out.append(skeleton, from, at - from);
    write_content(out, texts_.at(index));
    from = end + kClose.size();
  }
  out.append(skeleton, from);
  return out;
}

}  // namespace formwork
