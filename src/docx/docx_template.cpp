// DocxTemplate: loading (tags found, normalised and parsed, ranges built)
// and filling per record (a copy of each part with tags expanded, the
// package written again around it).
#include "docx/docx_template.h"

#include <map>
#include <memory>
#include <vector>

#include "docx/block_ranges.h"
#include "docx/picture_fill.h"
#include "docx/tag_fill.h"
#include "docx/tag_scanner.h"
#include "docx/template_marks.h"
#include "docx/template_package.h"
#include "ooxml/template_tag.h"
#include "docx/xml_util.h"
#include "util/errors.h"
#include "util/utf8.h"

namespace formwork {

namespace {

// Kept as written: white-space-only text (a w:t holding " "), comments and
// processing instructions, the declaration (standalone="yes").
constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata |
                                   pugi::parse_declaration | pugi::parse_comments | pugi::parse_pi;

constexpr long kEmuPerTwip = 635;

}  // namespace

/// One part with tags, as build_ranges left it.
struct TemplatePart {
  std::string name;
  std::unique_ptr<pugi::xml_document> doc;
  std::vector<Tag> tags;
};

struct DocxTemplateParts {
  std::string path;
  const PictureFiles* pictures = nullptr;
  std::vector<ZipEntry> entries;
  std::vector<TemplatePart> parts;  // only the parts that hold tags
  PackageNames names;
};

namespace {

bool has_ancestor(pugi::xml_node n, std::string_view name) {
  for (pugi::xml_node a = n.parent(); a; a = a.parent()) {
    if (name == a.name()) return true;
  }
  return false;
}

// Every w:p in document order (pre-order: a text box's paragraphs follow
// the paragraph that anchors it).
void collect_paragraphs(pugi::xml_node node, std::vector<pugi::xml_node>& out) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() != pugi::node_element) continue;
    if (std::string_view(c.name()) == "w:p") out.push_back(c);
    collect_paragraphs(c, out);
  }
}

long largest_drawing_id(pugi::xml_node node) {
  long largest = 0;
  for (pugi::xml_node c : node.children()) {
    if (c.type() != pugi::node_element) continue;
    if (std::string_view(c.name()) == "wp:docPr")
      largest = std::max(largest, static_cast<long>(c.attribute("id").as_llong()));
    largest = std::max(largest, largest_drawing_id(c));
  }
  return largest;
}

// §17.6.13 w:pgSz and §17.6.11 w:pgMar of the body's own (last) section.
long text_width_emu(pugi::xml_node document) {
  pugi::xml_node sect = document.child("w:body").child("w:sectPr");
  long width = sect.child("w:pgSz").attribute("w:w").as_llong();
  pugi::xml_node mar = sect.child("w:pgMar");
  long text = width - mar.attribute("w:left").as_llong() - mar.attribute("w:right").as_llong();
  return width > 0 && text > 0 ? text * kEmuPerTwip : 0;
}

class Loader {
 public:
  Loader(DocxTemplateParts& t) : t_(t) {}

  void load_part(const std::string& name, bool main);

 private:
  pugi::xml_node story_of(pugi::xml_node root, const std::string& name, bool main) const;

  DocxTemplateParts& t_;
};

pugi::xml_node Loader::story_of(pugi::xml_node root, const std::string& name, bool main) const {
  std::string_view root_name = root.name();
  auto fail = [&](const std::string& why) {
    throw TemplateError(name + " " + why, SourceLoc{t_.path, 0, 0});
  };
  if (root_name != (main ? "w:document" : root_name == "w:ftr" ? "w:ftr" : "w:hdr")) {
    fail("does not name WordprocessingML with the usual prefix 'w' (its root is <" +
         std::string(root_name) + ">); save the file again in Word, WPS or LibreOffice");
  }
  if (!main) return root;
  pugi::xml_node body = root.child("w:body");
  if (!body) fail("has no w:body");
  return body;
}

void Loader::load_part(const std::string& name, bool main) {
  const ZipEntry* entry = find_entry(t_.entries, name);
  if (!entry) {
    if (main) throw IoError("'" + t_.path + "' is not a DOCX file: it has no " + name);
    return;  // a dangling header relationship: nothing to fill
  }
  auto doc = std::make_unique<pugi::xml_document>();
  pugi::xml_parse_result r =
      doc->load_buffer(entry->data.data(), entry->data.size(), kParseOptions);
  if (!r) {
    throw TemplateError(entry->name + " is not well-formed XML: " + r.description() + " at byte " +
                            std::to_string(r.offset),
                        SourceLoc{t_.path, 0, 0});
  }
  pugi::xml_node root = doc->document_element();
  pugi::xml_node story = story_of(root, entry->name, main);
  t_.names.max_drawing_id = std::max(t_.names.max_drawing_id, largest_drawing_id(root));
  if (main) t_.names.text_width_emu = text_width_emu(root);

  std::vector<pugi::xml_node> paragraphs;
  collect_paragraphs(root, paragraphs);
  std::vector<Tag> tags;
  std::vector<PlacedTag> placed;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    pugi::xml_node p = paragraphs[i];
    TagSite site{t_.path, entry->name, static_cast<int>(i + 1), ""};
    ParagraphTags found = scan_paragraph(p);
    if (!found.unclosed.empty()) {
      site.text = found.unclosed;
      fail_at(site, " has no closing '}}'");
    }
    const bool in_text_box = has_ancestor(p, "w:txbxContent");
    for (FoundTag& f : found.tags) {
      site.text = f.text;
      tags.push_back(parse_tag(site, t_.pictures));
      f.t.append_attribute(docx_marks::kTag) = static_cast<unsigned long long>(tags.size() - 1);
      placed.push_back({tags.size() - 1, f.t, p, in_text_box});
    }
  }
  if (tags.empty()) return;  // copied as it is
  build_ranges(story, tags, placed);
  t_.parts.push_back({entry->name, std::move(doc), std::move(tags)});
}

std::string relationship_kind(const std::string& type) { return type.substr(type.rfind('/') + 1); }

}  // namespace

DocxTemplate DocxTemplate::load(const std::string& path, const PictureFiles* pictures) {
  auto t = std::make_shared<DocxTemplateParts>();
  t->path = path;
  t->pictures = pictures;
  t->entries = read_zip_file(path);

  std::string main = "word/document.xml";
  for (const PartRelationship& r : read_relationships(t->entries, "", path)) {
    if (!r.external && relationship_kind(r.type) == "officeDocument") main = r.target;
  }
  if (const ZipEntry* e = find_entry(t->entries, main)) main = e->name;
  Loader loader(*t);
  loader.load_part(main, true);
  std::vector<PartRelationship> main_rels = read_relationships(t->entries, main, path);
  for (const PartRelationship& r : main_rels) {
    std::string kind = relationship_kind(r.type);
    if (!r.external && (kind == "header" || kind == "footer")) loader.load_part(r.target, false);
  }

  PackageNames& names = t->names;
  for (const ZipEntry& e : t->entries) names.entries.insert(ascii_lower(e.name));
  names.media_folder = folder_of(main) + "media/";
  for (const TemplatePart& part : t->parts) {
    std::set<std::string>& ids = names.rel_ids[part.name];
    for (const PartRelationship& r : read_relationships(t->entries, part.name, path))
      ids.insert(r.id);
  }
  DocxTemplate result;
  result.parts_ = std::move(t);
  return result;
}

std::string DocxTemplate::fill(const Value& record) const {
  const DocxTemplateParts& t = *parts_;
  Scope scope(record);
  FillMedia media(t.names);
  std::map<std::string, std::string> filled;
  for (const TemplatePart& part : t.parts) {
    pugi::xml_document doc;
    doc.reset(*part.doc);
    PartFillContext context{part.name, part.tags, t.pictures, media, t.names.text_width_emu};
    fill_part(doc, context, scope);
    filled[part.name] = docx_xml::serialize(doc);
  }
  return write_filled_package(t.entries, filled, media.additions(), t.path);
}

}  // namespace formwork
