#include "pdf/document_writer.h"

#include <podofo/podofo.h>

#include <cmath>

#include "pdf/cid_font.h"

namespace formwork {
namespace {

using PoDoFo::PdfArray;
using PoDoFo::PdfDictionary;
using PoDoFo::PdfName;
using PoDoFo::PdfReference;

PoDoFo::PdfString text_string(const std::string& utf8) {
  return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(utf8.c_str()));
}

PoDoFo::pdf_int64 integer(size_t n) { return static_cast<PoDoFo::pdf_int64>(n); }

/// A MediaBox rounded to 1/100 pt (A4: 595.28 × 841.89, as PDF producers
/// write it); the items keep their exact positions.
PdfArray media_box(double width, double height) {
  PdfArray box;
  box.push_back(static_cast<PoDoFo::pdf_int64>(0));
  box.push_back(static_cast<PoDoFo::pdf_int64>(0));
  box.push_back(std::round(width * 100) / 100);
  box.push_back(std::round(height * 100) / 100);
  return box;
}

/// An Image XObject's dictionary (PDF 32000-1 §8.9.5, Table 89) for
/// 8-bit samples of `components` colours (1 grey, 3 RGB, 4 CMYK).
PdfDictionary image_dictionary(int width, int height, int components) {
  PdfDictionary dict;
  dict.AddKey(PdfName::KeyType, PdfName("XObject"));
  dict.AddKey(PdfName::KeySubtype, PdfName("Image"));
  dict.AddKey("Width", static_cast<PoDoFo::pdf_int64>(width));
  dict.AddKey("Height", static_cast<PoDoFo::pdf_int64>(height));
  dict.AddKey("ColorSpace", PdfName(components == 1 ? "DeviceGray" : "DeviceRGB"));
  dict.AddKey("BitsPerComponent", static_cast<PoDoFo::pdf_int64>(8));
  return dict;
}

PdfDictionary pages_node(uint32_t parent, const std::vector<uint32_t>& kids, size_t count) {
  PdfDictionary node;
  node.AddKey(PdfName::KeyType, PdfName("Pages"));
  if (parent) node.AddKey("Parent", PdfReference(parent, 0));
  PdfArray refs;
  for (uint32_t kid : kids) refs.push_back(PdfReference(kid, 0));
  node.AddKey("Kids", refs);
  node.AddKey("Count", integer(count));
  return node;
}

}  // namespace

DocumentWriter::DocumentWriter(PdfSink& sink, const CopyOptions& options)
    : file_(sink), options_(options), root_(file_.reserve()) {
  if (options_.copies < 1) options_.copies = 1;
}

DocumentWriter::~DocumentWriter() = default;

uint32_t DocumentWriter::page_parent() {
  if (pages_ < kPagesAtRoot) return root_;
  if (node_ != 0 && node_kids_.size() == kPagesPerNode) close_node();
  if (node_ == 0) node_ = file_.reserve();
  return node_;
}

void DocumentWriter::close_node() {
  if (node_ == 0) return;
  file_.write(node_, pages_node(root_, node_kids_, node_kids_.size()));
  root_kids_.push_back(node_);
  node_ = 0;
  node_kids_.clear();
}

PdfDictionary DocumentWriter::font_resources(const std::vector<FontUse>& fonts) {
  PdfDictionary font_dict;
  for (const FontUse& use : fonts) {
    auto [it, fresh] = fonts_.try_emplace(use.face);
    Embedded& font = it->second;
    if (fresh) {
      font.type0 = file_.reserve();
      font.used.resize(use.face->glyph_count());
      font_order_.push_back(use.face);
    }
    for (uint32_t gid : use.gids) {
      if (gid < font.used.size()) font.used[gid] = true;
    }
    font_dict.AddKey(PdfName(use.name), PdfReference(font.type0, 0));
  }
  return font_dict;
}

PdfDictionary DocumentWriter::image_resources(
    const std::vector<std::shared_ptr<const ImageStreams>>& images) {
  PdfDictionary xobjects;
  for (const auto& image : images) {
    auto [it, fresh] = images_.try_emplace(image->key, 0);
    if (fresh) it->second = write_image(*image);
    xobjects.AddKey(PdfName(image->name), PdfReference(it->second, 0));
  }
  return xobjects;
}

uint32_t DocumentWriter::write_image(const ImageStreams& image) {
  const uint32_t num = file_.reserve();
  const uint32_t mask = image.alpha.empty() ? 0 : file_.reserve();
  PdfDictionary dict = image_dictionary(image.width, image.height, image.components);
  if (mask) dict.AddKey("SMask", PdfReference(mask, 0));
  if (image.dct) {
    dict.AddKey(PdfName::KeyFilter, PdfName("DCTDecode"));
    file_.write_stream(num, dict, image.samples, /*compress=*/false);
  } else {
    file_.write_deflated_stream(num, dict, image.samples);
  }
  if (mask) {
    file_.write_deflated_stream(mask, image_dictionary(image.width, image.height, 1), image.alpha);
  }
  return num;
}

uint32_t DocumentWriter::add_page(double width, double height, uint32_t content,
                                  const PaintedPage* painted) {
  const uint32_t parent = page_parent();
  const uint32_t num = file_.reserve();
  PdfDictionary page;
  page.AddKey(PdfName::KeyType, PdfName("Page"));
  page.AddKey("Parent", PdfReference(parent, 0));
  page.AddKey("MediaBox", media_box(width, height));
  PdfDictionary resources;
  if (painted && !painted->fonts.empty()) resources.AddKey("Font", font_resources(painted->fonts));
  if (painted && !painted->images.empty()) {
    resources.AddKey("XObject", image_resources(painted->images));
  }
  page.AddKey("Resources", resources);
  if (content) page.AddKey("Contents", PdfReference(content, 0));
  file_.write(num, page);
  (parent == root_ ? root_kids_ : node_kids_).push_back(num);
  ++pages_;
  last_width_ = width;
  last_height_ = height;
  return num;
}

void DocumentWriter::add(const PaintedDocument& doc, const std::string& bookmark) {
  std::vector<uint32_t> contents;
  for (int copy = 0; copy < options_.copies; ++copy) {
    if (doc.pages.empty()) break;
    if (options_.duplex && pages_ % 2 == 1) add_page(last_width_, last_height_, 0, nullptr);
    for (size_t i = 0; i < doc.pages.size(); ++i) {
      const PaintedPage& page = doc.pages[i];
      if (copy == 0) {
        contents.push_back(file_.reserve());
        file_.write_deflated_stream(contents[i], PdfDictionary(), page.content);
      }
      const uint32_t num = add_page(page.width_pt, page.height_pt, contents[i], &page);
      if (copy == 0 && i == 0 && !bookmark.empty()) add_bookmark(bookmark, num);
    }
  }
}

void DocumentWriter::add_bookmark(const std::string& title, uint32_t page) {
  if (outline_ == 0) outline_ = file_.reserve();
  const uint32_t num = file_.reserve();
  if (pending_.num) {
    write_bookmark(num);
  } else {
    first_item_ = num;
  }
  pending_ = {num, page, pending_.num, title};
  ++items_;
}

void DocumentWriter::write_bookmark(uint32_t next) {
  PdfDictionary item;
  item.AddKey("Title", text_string(pending_.title));
  item.AddKey("Parent", PdfReference(outline_, 0));
  if (pending_.prev) item.AddKey("Prev", PdfReference(pending_.prev, 0));
  if (next) item.AddKey("Next", PdfReference(next, 0));
  PdfArray dest;
  dest.push_back(PdfReference(pending_.page, 0));
  dest.push_back(PdfName("Fit"));
  item.AddKey("Dest", dest);
  file_.write(pending_.num, item);
}

uint32_t DocumentWriter::write_outline() {
  if (outline_ == 0) return 0;
  write_bookmark(0);
  PdfDictionary outline;
  outline.AddKey(PdfName::KeyType, PdfName("Outlines"));
  outline.AddKey("First", PdfReference(first_item_, 0));
  outline.AddKey("Last", PdfReference(pending_.num, 0));
  outline.AddKey("Count", integer(items_));
  file_.write(outline_, outline);
  return outline_;
}

void DocumentWriter::write_fonts() {
  for (const HbFace* face : font_order_) {
    const Embedded& font = fonts_.at(face);
    std::vector<uint32_t> gids;
    for (uint32_t gid = 0; gid < font.used.size(); ++gid) {
      if (font.used[gid]) gids.push_back(gid);
    }
    write_cid_font(file_, font.type0, *face, gids);
  }
}

void DocumentWriter::write_page_tree() {
  close_node();
  file_.write(root_, pages_node(0, root_kids_, pages_));
}

void DocumentWriter::finish(const std::string& title) {
  if (pages_ == 0) add_page(last_width_, last_height_, 0, nullptr);
  write_fonts();
  write_page_tree();
  const uint32_t outline = write_outline();

  const uint32_t catalog = file_.reserve();
  PdfDictionary cat;
  cat.AddKey(PdfName::KeyType, PdfName("Catalog"));
  cat.AddKey("Pages", PdfReference(root_, 0));
  if (outline) {
    cat.AddKey("Outlines", PdfReference(outline, 0));
    cat.AddKey("PageMode", PdfName("UseOutlines"));
  }
  file_.write(catalog, cat);

  const uint32_t info = file_.reserve();
  PdfDictionary dict;
  if (!title.empty()) dict.AddKey("Title", text_string(title));
  dict.AddKey("Producer", PoDoFo::PdfString("formwork"));
  dict.AddKey("Creator", PoDoFo::PdfString("formwork"));
  dict.AddKey("CreationDate", PoDoFo::PdfString(kFixedPdfDate));
  dict.AddKey("ModDate", PoDoFo::PdfString(kFixedPdfDate));
  file_.write(info, dict);
  file_.finish(catalog, info);
}

}  // namespace formwork
