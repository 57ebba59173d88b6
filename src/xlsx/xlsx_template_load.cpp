// XlsxTemplate loading: the package read, the workbook's worksheets, shared
// strings and number formats found, every cell's tags and formulas parsed
// and the blocks of rows matched, so a defective template fails here.
#include <map>

#include "ooxml/package_reader.h"
#include "ooxml/xml_read.h"
#include "util/atomic_file.h"
#include "util/errors.h"
#include "xlsx/formula_functions.h"
#include "xlsx/formula_parser.h"
#include "xlsx/formula_shift.h"
#include "xlsx/r1c1.h"
#include "xlsx/sheet_ref.h"
#include "xlsx/xlsx_template_blocks.h"
#include "xlsx/xlsx_template_cell.h"
#include "xlsx/xlsx_template_package.h"
#include "xlsx/xlsx_template_parts.h"
#include "xlsx/xlsx_template_text.h"

namespace formwork {

namespace {

using ooxml::attr_value;
using ooxml::is;

// The text of a string item (§18.4.8 si, §18.3.1.53 is): its <t>, or its
// rich-text runs' <t> joined; phonetic runs (rPh) are not text.
std::string string_item_text(pugi::xml_node si) {
  std::string text;
  for (pugi::xml_node c : si.children()) {
    if (is(c, "t")) {
      text += c.text().get();
    } else if (is(c, "r")) {
      text += ooxml::child(c, "t").text().get();
    }
  }
  return text;
}

// "The first call of an unknown function or with a wrong argument count."
std::optional<std::string> function_problem(const FormulaNode& root) {
  std::vector<const FormulaNode*> nodes{&root};
  for (size_t i = 0; i < nodes.size(); ++i) {
    for (const FormulaNode& c : nodes[i]->children) nodes.push_back(&c);
    const FormulaNode& n = *nodes[i];
    if (n.kind != FormulaNode::Kind::Call) continue;
    const FormulaFunction* fn = find_function(n.text);
    if (!fn) {
      return "calls " + n.text +
             ", a function formwork cannot compute, so the cell's value could not be cached "
             "(it computes " +
             supported_function_names() + ")";
    }
    const int given = static_cast<int>(n.children.size());
    if (given < fn->min_args || given > fn->max_args) {
      return "calls " + n.text + " with " + std::to_string(given) + " arguments; it takes " +
             std::to_string(fn->min_args) +
             (fn->min_args == fn->max_args ? "" : " to " + std::to_string(fn->max_args));
    }
  }
  return std::nullopt;
}

class Loader {
 public:
  Loader(XlsxTemplateParts& t, const OpcPackage& pkg) : t_(t), pkg_(pkg) {}

  void load();

 private:
  [[noreturn]] void fail(const std::string& message) const {
    throw TemplateError(message, SourceLoc{t_.path, 0, 0});
  }
  void load_doc(pugi::xml_document& doc, const std::string& part) const {
    const ZipEntry* e = find_package_entry(t_.entries, part);
    if (!e) fail("the package has no part " + part);
    parse_package_xml(doc, e->data, e->name, t_.path);
  }
  void read_shared_strings(const std::string& part);
  void read_styles(const std::string& part);
  void read_sheet(TemplateSheet& sheet);
  void read_cell(TemplateSheet& sheet, TemplateCell& cell, int row);
  void read_formula(TemplateSheet& sheet, TemplateCell& cell, int row);
  void read_header_footer(TemplateSheet& sheet);

  XlsxTemplateParts& t_;
  const OpcPackage& pkg_;
  std::vector<bool> date_styles_;  // by cellXfs index
  // Shared formulas of the sheet being read: si → master text and cell.
  struct Master {
    std::string text;
    int row = 0, col = 0;
  };
  std::map<std::string, Master> masters_;
};

void Loader::read_shared_strings(const std::string& part) {
  if (part.empty() || !find_package_entry(t_.entries, part)) return;
  pugi::xml_document doc;
  load_doc(doc, part);
  for (pugi::xml_node si : doc.document_element().children()) {
    if (is(si, "si")) t_.shared_strings.push_back(string_item_text(si));
  }
}

// §18.8.10 cellXfs: which cell styles show dates (numFmtId, §18.8.30 numFmt).
void Loader::read_styles(const std::string& part) {
  if (part.empty() || !find_package_entry(t_.entries, part)) return;
  pugi::xml_document doc;
  load_doc(doc, part);
  pugi::xml_node sheet = doc.document_element();
  std::map<int, std::string> codes;
  for (pugi::xml_node f : ooxml::child(sheet, "numFmts").children()) {
    if (is(f, "numFmt")) codes[f.attribute("numFmtId").as_int()] = attr_value(f, "formatCode");
  }
  for (pugi::xml_node xf : ooxml::child(sheet, "cellXfs").children()) {
    if (!is(xf, "xf")) continue;
    const int id = xf.attribute("numFmtId").as_int();
    date_styles_.push_back(is_date_format(id, codes[id]));
  }
}

void Loader::read_formula(TemplateSheet& sheet, TemplateCell& cell, int row) {
  pugi::xml_node f = ooxml::child(cell.node, "f");
  std::string type = std::string(attr_value(f, "t"));
  std::string text = f.text().get();
  auto problem = [&](const std::string& why) {
    fail(cell.label + ": formula =" + text + " " + why);
  };
  if (type == "dataTable") problem("is a data table, which XLSX templates do not support");
  if (type == "shared") {
    const std::string si(attr_value(f, "si"));
    if (!text.empty() || f.attribute("ref")) {
      masters_[si] = {text, row, cell.col};
    } else {
      auto m = masters_.find(si);
      if (m == masters_.end()) fail(cell.label + ": shared formula " + si + " has no master cell");
      std::optional<std::string> moved =
          translate_formula(m->second.text, row - m->second.row, cell.col - m->second.col);
      if (!moved) fail(cell.label + ": shared formula " + si + " would refer outside the sheet");
      text = *moved;
    }
  }
  if (text.find("{{") != std::string::npos) {
    problem("holds a tag; tags go in cells, and formulas refer to those cells");
  }
  FormulaNode tree;
  try {
    tree = parse_formula(text);
  } catch (const FormulaSyntaxError& e) {
    problem(std::string("does not parse: ") + e.what());
  }
  if (std::optional<std::string> why = function_problem(tree)) problem(*why);
  cell.formula = text;
  (void)sheet;
}

void Loader::read_cell(TemplateSheet& sheet, TemplateCell& cell, int row) {
  pugi::xml_node c = cell.node;
  const auto style = static_cast<size_t>(c.attribute("s").as_uint());
  cell.date_format = style < date_styles_.size() && date_styles_[style];
  if (ooxml::child(c, "f")) return read_formula(sheet, cell, row);
  std::string_view type = attr_value(c, "t");
  std::string text;
  if (type == "s") {
    const auto index = static_cast<size_t>(ooxml::child(c, "v").text().as_ullong());
    if (index < t_.shared_strings.size()) text = t_.shared_strings[index];
  } else if (type == "inlineStr") {
    text = string_item_text(ooxml::child(c, "is"));
  } else {
    return;
  }
  if (text.find("{{") == std::string::npos) return;
  TagSite site{t_.path, sheet.part, 0, "", cell.label};
  cell.tagged = true;
  cell.pieces =
      split_tags(text, site, sheet.tags, cell.block_tags, &cell.picture_tags, t_.pictures);
}

void Loader::read_header_footer(TemplateSheet& sheet) {
  pugi::xml_node hf = ooxml::child(sheet.doc->document_element(), "headerFooter");
  for (pugi::xml_node e : hf.children()) {
    std::string text = e.text().get();
    if (e.type() != pugi::node_element || text.find("{{") == std::string::npos) continue;
    std::string element(ooxml::local_name(e));
    TagSite site{t_.path, sheet.part, 0, "", sheet.name + " " + element};
    std::vector<size_t> blocks;
    std::vector<CellTextPiece> pieces =
        split_tags(text, site, sheet.tags, blocks, nullptr, t_.pictures);
    if (!blocks.empty()) {
      fail_at(sheet.tags[blocks[0]].site, ": block tags cannot stand in a header or footer");
    }
    sheet.header_footer.push_back({element, std::move(pieces)});
  }
}

void Loader::read_sheet(TemplateSheet& sheet) {
  sheet.doc = std::make_unique<pugi::xml_document>();
  load_doc(*sheet.doc, sheet.part);
  masters_.clear();
  pugi::xml_node data = ooxml::child(sheet.doc->document_element(), "sheetData");
  int r = 0;
  for (pugi::xml_node row : data.children()) {
    if (!is(row, "row")) continue;
    r = row.attribute("r") ? row.attribute("r").as_int() : r + 1;
    TemplateRow& out = sheet.rows.emplace_back();
    out.r = r;
    out.node = row;
    int col = -1;
    for (pugi::xml_node c : row.children()) {
      if (!is(c, "c")) continue;
      std::optional<A1Cell> at = parse_a1_cell(attr_value(c, "r"));
      col = at ? at->col : col + 1;
      TemplateCell& cell = out.cells.emplace_back();
      cell.col = col;
      cell.node = c;
      cell.label = sheet.name + "!" + column_letters(col) + std::to_string(r);
      read_cell(sheet, cell, r);
    }
  }
  read_header_footer(sheet);
  build_row_blocks(sheet);
}

void Loader::load() {
  std::string main = related_part(pkg_.relationships(""), "officeDocument");
  if (main.empty()) main = "xl/workbook.xml";
  const ZipEntry* wb = find_package_entry(t_.entries, main);
  if (!wb) throw IoError("'" + t_.path + "' is not an XLSX file: it has no " + main);
  t_.workbook_part = wb->name;
  t_.workbook = std::make_unique<pugi::xml_document>();
  parse_package_xml(*t_.workbook, wb->data, wb->name, t_.path);
  pugi::xml_node book = t_.workbook->document_element();
  if (ooxml::local_name(book) != "workbook") {
    throw IoError("'" + t_.path + "' is not an XLSX file: " + main + " is no workbook");
  }
  pugi::xml_node pr = ooxml::child(book, "workbookPr");
  const std::string_view date1904 = attr_value(pr, "date1904");  // xsd:boolean
  t_.date1904 = date1904 == "1" || date1904 == "true";

  Relationships rels = pkg_.relationships(t_.workbook_part);
  read_shared_strings(related_part(rels, "sharedStrings"));
  read_styles(related_part(rels, "styles"));
  t_.calc_chain_part = related_part(rels, "calcChain");
  for (pugi::xml_node s : ooxml::child(book, "sheets").children()) {
    if (!is(s, "sheet")) continue;
    auto rel = rels.find(attr_value(s, "id"));
    if (rel == rels.end() || rel->second.external ||
        !is_relationship_type(rel->second.type, "worksheet")) {
      continue;  // a chart sheet or dialog sheet holds no cells
    }
    TemplateSheet& sheet = t_.sheets.emplace_back();
    sheet.name = attr_value(s, "name");
    sheet.part = rel->second.target;
    sheet.drawing_part = related_part(pkg_.relationships(sheet.part), "drawing");
    read_sheet(sheet);
  }
  if (t_.sheets.empty()) fail("the workbook has no worksheet");
}

}  // namespace

std::shared_ptr<XlsxTemplateParts> load_xlsx_template(const std::string& path,
                                                      const PictureFiles* pictures) {
  auto t = std::make_shared<XlsxTemplateParts>();
  t->path = path;
  t->pictures = pictures;
  const std::string bytes = read_file(path, "template");
  t->entries = read_package_entries(bytes, path);
  OpcPackage pkg(bytes);
  Loader(*t, pkg).load();
  return t;
}

}  // namespace formwork
