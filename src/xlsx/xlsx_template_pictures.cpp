#include "xlsx/xlsx_template_pictures.h"

#include <cmath>

#include "ooxml/package_reader.h"
#include "ooxml/xml_read.h"
#include "picture/picture_size.h"
#include "picture/qr_code.h"
#include "util/forbidden_chars.h"
#include "util/utf8.h"
#include "xlsx/xlsx_template_package.h"
#include "xlsx/xlsx_template_parts.h"
#include "xlsx/xlsx_template_text.h"

namespace formwork {

namespace {

constexpr const char* kNsSpreadsheetDrawing =
    "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
constexpr const char* kNsDrawingMain = "http://schemas.openxmlformats.org/drawingml/2006/main";
constexpr const char* kNsRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kNsRelationshipsStrict =
    "http://purl.oclc.org/ooxml/officeDocument/relationships";
constexpr const char* kNsPackageRelationships =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kDrawingContentType =
    "application/vnd.openxmlformats-officedocument.drawing+xml";

[[noreturn]] void data_fault(const Tag& tag, const std::string& value, const std::string& problem) {
  throw DataError(tag.site.file + ": " + describe(tag.site) + " gives '" + value + "': " + problem);
}

// The prefix ("xdr:", "" for none) of element `e`'s name.
std::string prefix_of(pugi::xml_node e) {
  std::string_view name = e.name();
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? "" : std::string(name.substr(0, colon + 1));
}

// A prefix ("r:") bound on `root` to `uri` (or `alt_uri`); when there is
// none, `fallback` declared on `e` (which shadows any other binding).
std::string prefix_for(pugi::xml_node root, pugi::xml_node e, const char* uri, const char* fallback,
                       const char* alt_uri = nullptr) {
  for (pugi::xml_attribute a : root.attributes()) {
    std::string_view name = a.name(), value = a.value();
    if (name.starts_with("xmlns:") && (value == uri || (alt_uri && value == alt_uri)))
      return std::string(name.substr(6)) + ":";
  }
  e.append_attribute(("xmlns:" + std::string(fallback)).c_str()) = uri;
  return std::string(fallback) + ":";
}

// The bytes of part `name` as filled so far (`replaced`), else as in the
// template; nullptr when the package has no such part.
const std::string* current_bytes(const XlsxTemplateParts& t,
                                 const std::map<std::string, std::string>& replaced,
                                 const std::string& name) {
  const ZipEntry* e = find_package_entry(t.entries, name);
  if (!e) return nullptr;
  auto it = replaced.find(e->name);
  return it == replaced.end() ? &e->data : &it->second;
}

// A relationships part (Part 2 §9.3) read, or begun when there is none.
pugi::xml_node open_relationships(pugi::xml_document& doc, const XlsxTemplateParts& t,
                                  const std::map<std::string, std::string>& replaced,
                                  const std::string& name) {
  if (const std::string* bytes = current_bytes(t, replaced, name)) {
    parse_package_xml(doc, *bytes, name, t.path);
  } else {
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    decl.append_attribute("standalone") = "yes";
    doc.append_child("Relationships").append_attribute("xmlns") = kNsPackageRelationships;
  }
  return doc.document_element();
}

// Adds a relationship to `rels` with the first id "rIdN" not used there.
std::string add_relationship(pugi::xml_node rels, const char* kind, const std::string& target) {
  std::set<std::string> ids;
  size_t count = 0;
  for (pugi::xml_node r : rels.children()) {
    if (!ooxml::is(r, "Relationship")) continue;
    ids.insert(r.attribute("Id").value());
    ++count;
  }
  std::string id;
  for (size_t n = count + 1;; ++n) {
    id = "rId" + std::to_string(n);
    if (!ids.contains(id)) break;
  }
  pugi::xml_node r = rels.append_child((prefix_of(rels) + "Relationship").c_str());
  r.append_attribute("Id") = id.c_str();
  r.append_attribute("Type") = (std::string(kNsRelationships) + "/" + kind).c_str();
  r.append_attribute("Target") = target.c_str();
  return id;
}

// The largest cNvPr id (§20.5.2.8) in the drawing.
long max_shape_id(pugi::xml_node root) {
  long max = 0;
  std::vector<pugi::xml_node> stack{root};
  while (!stack.empty()) {
    pugi::xml_node n = stack.back();
    stack.pop_back();
    if (ooxml::is(n, "cNvPr")) max = std::max(max, static_cast<long>(n.attribute("id").as_llong()));
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_element) stack.push_back(c);
    }
  }
  return max;
}

void set_text(pugi::xml_node parent, const std::string& name, long long value) {
  parent.append_child(name.c_str()).text().set(std::to_string(value).c_str());
}

long long emu(double mm) { return std::llround(mm * kEmuPerMm); }

// §20.5.2.24 oneCellAnchor holding §20.5.2.25 pic for `p`, appended to
// the drawing's root `root`.
void append_anchor(pugi::xml_node root, const FilledPicture& p, long id, const std::string& rel) {
  const std::string x = prefix_of(root);
  pugi::xml_node anchor = root.append_child((x + "oneCellAnchor").c_str());
  const std::string a = prefix_for(root, anchor, kNsDrawingMain, "a");
  const std::string r = prefix_for(root, anchor, kNsRelationships, "r", kNsRelationshipsStrict);
  pugi::xml_node from = anchor.append_child((x + "from").c_str());
  set_text(from, x + "col", p.col);
  set_text(from, x + "colOff", 0);
  set_text(from, x + "row", p.row - 1);
  set_text(from, x + "rowOff", 0);
  const std::string cx = std::to_string(emu(p.picture->width_mm));
  const std::string cy = std::to_string(emu(p.picture->height_mm));
  pugi::xml_node ext = anchor.append_child((x + "ext").c_str());
  ext.append_attribute("cx") = cx.c_str();
  ext.append_attribute("cy") = cy.c_str();

  pugi::xml_node pic = anchor.append_child((x + "pic").c_str());
  pugi::xml_node nv = pic.append_child((x + "nvPicPr").c_str());
  pugi::xml_node c_nv = nv.append_child((x + "cNvPr").c_str());
  c_nv.append_attribute("id") = std::to_string(id).c_str();
  c_nv.append_attribute("name") = ("Picture " + std::to_string(id)).c_str();
  if (!p.picture->alt.empty()) c_nv.append_attribute("descr") = p.picture->alt.c_str();
  nv.append_child((x + "cNvPicPr").c_str())
      .append_child((a + "picLocks").c_str())
      .append_attribute("noChangeAspect") = "1";
  pugi::xml_node fill = pic.append_child((x + "blipFill").c_str());
  fill.append_child((a + "blip").c_str()).append_attribute((r + "embed").c_str()) = rel.c_str();
  fill.append_child((a + "stretch").c_str()).append_child((a + "fillRect").c_str());
  pugi::xml_node sp = pic.append_child((x + "spPr").c_str());
  pugi::xml_node xfrm = sp.append_child((a + "xfrm").c_str());
  pugi::xml_node off = xfrm.append_child((a + "off").c_str());
  off.append_attribute("x") = "0";
  off.append_attribute("y") = "0";
  pugi::xml_node size = xfrm.append_child((a + "ext").c_str());
  size.append_attribute("cx") = cx.c_str();
  size.append_attribute("cy") = cy.c_str();
  pugi::xml_node geom = sp.append_child((a + "prstGeom").c_str());
  geom.append_attribute("prst") = "rect";
  geom.append_child((a + "avLst").c_str());
  anchor.append_child((x + "clientData").c_str());
}

// The elements CT_Worksheet (§18.3.1.99) puts after <drawing>.
bool after_drawing(pugi::xml_node e) {
  for (const char* name : {"legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects",
                           "controls", "webPublishItems", "tableParts", "extLst"}) {
    if (ooxml::is(e, name)) return true;
  }
  return false;
}

// <drawing r:id="`rel`"/> (§18.3.1.36) in its place in the worksheet.
void insert_drawing_element(pugi::xml_node worksheet, const std::string& rel) {
  pugi::xml_node before;
  for (pugi::xml_node c : worksheet.children()) {
    if (c.type() == pugi::node_element && after_drawing(c)) {
      before = c;
      break;
    }
  }
  const std::string name = prefix_of(worksheet) + "drawing";
  pugi::xml_node d = before ? worksheet.insert_child_before(name.c_str(), before)
                            : worksheet.append_child(name.c_str());
  const std::string r = prefix_for(worksheet, d, kNsRelationships, "r", kNsRelationshipsStrict);
  d.append_attribute((r + "id").c_str()) = rel.c_str();
}

}  // namespace

std::shared_ptr<const Picture> cell_picture(const Tag& tag, const Scope& scope,
                                            const PictureFiles* pictures) {
  const std::string value = at_tag(tag.site, [&] { return tag.expr->eval(scope).to_text(); });
  if (value.empty() && !tag.fixed) return nullptr;
  std::shared_ptr<Picture> pic;
  if (tag.kind == TagKind::QrCode) {
    try {
      pic = make_qr_code(value, tag.width_mm, tag.level);
    } catch (const PictureError& e) {
      data_fault(tag, value.substr(0, 40) + (value.size() > 40 ? "…" : ""), e.what());
    }
  } else {
    if (tag.fixed) {
      pic = std::make_shared<Picture>(*tag.fixed);
    } else {
      if (pictures == nullptr) fail_at(tag.site, ": no folder to read pictures from");
      try {
        pic = std::make_shared<Picture>(*pictures->load(value));
      } catch (const PictureError& e) {
        data_fault(tag, value, e.what());
      }
    }
    set_printed_size(*pic, tag.width_mm, tag.height_mm);
  }
  pic->alt = nfc(normalize_run_text(pic->alt, false));
  return pic;
}

WorkbookPictures::WorkbookPictures(const XlsxTemplateParts& t) : t_(t) {
  for (const ZipEntry& e : t.entries) taken_.insert(ascii_lower(e.name));
}

std::string WorkbookPictures::free_name(const std::string& stem, const std::string& extension) {
  for (int n = 1;; ++n) {
    std::string name = stem + std::to_string(n) + "." + extension;
    if (taken_.insert(ascii_lower(name)).second) return name;
  }
}

size_t WorkbookPictures::media_index(const Picture& picture) {
  static const auto kNoData = std::make_shared<const std::string>();
  const std::shared_ptr<const std::string>& data = picture.data ? picture.data : kNoData;
  auto found = by_content_.find(std::string_view(*data));
  if (found != by_content_.end()) return found->second;
  const char* ext = picture.format == PictureFormat::Jpeg ? "jpeg" : "png";
  media_.push_back({free_name("xl/media/image", ext), ext, data});
  by_content_.emplace(std::string_view(*data), media_.size() - 1);
  return media_.size() - 1;
}

void WorkbookPictures::add_sheet(const TemplateSheet& sheet, pugi::xml_document& sheet_doc,
                                 const std::vector<FilledPicture>& placed,
                                 std::map<std::string, std::string>& replaced) {
  if (placed.empty()) return;
  auto put = [&](const std::string& name, std::string bytes) {
    if (const ZipEntry* e = find_package_entry(t_.entries, name)) {
      replaced[e->name] = std::move(bytes);
    } else {
      added_.push_back({name, std::move(bytes)});
    }
  };
  std::string drawing = sheet.drawing_part;
  if (drawing.empty()) {  // a new drawing, linked from the sheet
    drawing = free_name("xl/drawings/drawing", "xml");
    const std::string rels_name = rels_part_of(sheet.part);
    pugi::xml_document rels;
    pugi::xml_node root = open_relationships(rels, t_, replaced, rels_name);
    const std::string rel = add_relationship(root, "drawing", relative_target(sheet.part, drawing));
    put(rels_name, serialize_package_xml(rels));
    insert_drawing_element(sheet_doc.document_element(), rel);
  }
  pugi::xml_document doc;
  if (const std::string* bytes = current_bytes(t_, replaced, drawing)) {
    parse_package_xml(doc, *bytes, drawing, t_.path);
  } else {
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    decl.append_attribute("standalone") = "yes";
    pugi::xml_node root = doc.append_child("xdr:wsDr");
    root.append_attribute("xmlns:xdr") = kNsSpreadsheetDrawing;
    root.append_attribute("xmlns:a") = kNsDrawingMain;
    root.append_attribute("xmlns:r") = kNsRelationships;
    new_drawings_.push_back(drawing);
  }
  pugi::xml_node root = doc.document_element();
  const std::string rels_name = rels_part_of(drawing);
  pugi::xml_document rels;
  pugi::xml_node rels_root = open_relationships(rels, t_, replaced, rels_name);
  std::map<size_t, std::string> rel_of;  // media index → relationship id
  long id = max_shape_id(root);
  for (const FilledPicture& p : placed) {
    const size_t m = media_index(*p.picture);
    std::string& rel = rel_of[m];
    if (rel.empty())
      rel = add_relationship(rels_root, "image", relative_target(drawing, media_[m].name));
    append_anchor(root, p, ++id, rel);
  }
  put(drawing, serialize_package_xml(doc));
  put(rels_name, serialize_package_xml(rels));
}

void WorkbookPictures::finish(std::map<std::string, std::string>& replaced) {
  if (media_.empty() && new_drawings_.empty()) return;
  const std::string* bytes = current_bytes(t_, replaced, "[Content_Types].xml");
  if (bytes) {
    pugi::xml_document doc;
    parse_package_xml(doc, *bytes, "[Content_Types].xml", t_.path);
    pugi::xml_node types = doc.document_element();
    const std::string x = prefix_of(types);
    pugi::xml_node last_default;
    std::set<std::string> defaults;
    for (pugi::xml_node d : types.children()) {
      if (!ooxml::is(d, "Default")) continue;
      defaults.insert(ascii_lower(d.attribute("Extension").value()));
      last_default = d;
    }
    for (const char* ext : {"png", "jpeg"}) {
      bool used = false;
      for (const Media& m : media_) used = used || std::string_view(m.extension) == ext;
      if (!used || defaults.contains(ext)) continue;
      const std::string name = x + "Default";
      pugi::xml_node d = last_default ? types.insert_child_after(name.c_str(), last_default)
                                      : types.prepend_child(name.c_str());
      d.append_attribute("Extension") = ext;
      d.append_attribute("ContentType") = (std::string("image/") + ext).c_str();
      last_default = d;
    }
    for (const std::string& drawing : new_drawings_) {
      pugi::xml_node o = types.append_child((x + "Override").c_str());
      o.append_attribute("PartName") = ("/" + drawing).c_str();
      o.append_attribute("ContentType") = kDrawingContentType;
    }
    replaced[find_package_entry(t_.entries, "[Content_Types].xml")->name] =
        serialize_package_xml(doc);
  }
  for (const Media& m : media_) added_.push_back({m.name, *m.data});
}

}  // namespace formwork
