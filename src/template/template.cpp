#include "template/template.h"

#include <filesystem>

#include "expr/expression.h"
#include "template/nesting_limit.h"
#include "template/parser.h"
#include "template/render.h"
#include "template/render_guard.h"
#include "template/render_inline.h"
#include "template/template_docx.h"
#include "template/template_xlsx.h"
#include "util/atomic_file.h"
#include "util/safe_name.h"

namespace formwork {

namespace {

namespace fs = std::filesystem;

// Text-only elements keep whitespace-only text (parse_ws_pcdata) so that a
// blank between <b>…</b> and <i>…</i> survives; comments, PIs and DOCTYPE
// are skipped.
constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata;

// Relative paths in the template are relative to the template's folder.
std::string resolve_path(const std::string& template_path, const std::string& rel) {
  if (rel.empty()) return "";
  fs::path p(rel);
  if (p.is_relative()) p = fs::absolute(template_path).parent_path() / p;
  return p.lexically_normal().string();
}

}  // namespace

Template Template::load(const std::string& path) {
  if (fs::path(path).extension() == ".docx") return load_docx(path);
  if (fs::path(path).extension() == ".xlsx") return load_xlsx(path);
  SourceMap source(path, read_file(path, "template"));
  if (std::size_t bad = source.first_invalid_utf8(); bad != std::string::npos) {
    throw TemplateError("the template is not valid UTF-8", source.loc(bad));
  }
  std::string buffer = source.text();
  pugi::xml_document doc;
  pugi::xml_parse_result result =
      doc.load_buffer_inplace(buffer.data(), buffer.size(), kParseOptions, pugi::encoding_utf8);
  if (!result) {
    throw TemplateError(std::string("malformed XML: ") + result.description(),
                        source.loc(static_cast<std::size_t>(result.offset)));
  }
  auto pictures = std::make_shared<PictureFiles>(fs::absolute(path).parent_path().string());
  ParseContext ctx{source, buffer.data(), buffer.size(), pictures.get()};
  pugi::xml_node root = doc.document_element();
  if (!root) throw TemplateError("the template has no <form> element", source.loc(0));
  for (pugi::xml_node n = root.next_sibling(); n; n = n.next_sibling()) {
    if (n.type() == pugi::node_element) {
      throw TemplateError("only one root element (<form>) is allowed", ctx.at(n));
    }
  }
  check_element_depth(root, ctx);
  auto node = std::make_shared<TemplateNode>(Parser(ctx).form(root));
  node->pictures = pictures;
  Template t;
  t.name_ = node->name;
  t.path_ = path;
  t.description_ = node->description;
  t.schema_path_ = resolve_path(path, node->schema);
  t.checks_path_ = resolve_path(path, node->checks);
  t.output_pattern_ = node->output_pattern;
  t.output_line_ = node->output_line;
  t.root_ = std::move(node);
  t.pictures_ = std::move(pictures);
  return t;
}

std::string Template::output_name(const Value& record) const {
  SourceLoc loc{path_, output_line_, 0};
  return guarded(loc, [&] {
    TextTemplate pattern = TextTemplate::parse(output_pattern_, loc);
    Scope scope(record);
    return safe_file_name(clean_run_text(pattern.render(scope)));
  });
}

void Template::add_picture_folder(const std::string& folder) { pictures_->add_folder(folder); }

Document Template::render(const Value& record) const {
  if (docx_) return render_docx(*docx_, name_, record);
  if (xlsx_) return render_xlsx(*xlsx_, name_, record);
  return render_document(*root_, record);
}

}  // namespace formwork
