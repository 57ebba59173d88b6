#include "xlsx/xlsx_template_rows.h"

#include "ooxml/xml_read.h"
#include "util/forbidden_chars.h"
#include "util/utf8.h"
#include "xlsx/r1c1.h"
#include "xlsx/xlsx_limits.h"
#include "xlsx/xlsx_template_cell.h"
#include "xlsx/xlsx_template_text.h"

namespace formwork {

namespace {

// As the DOCX side: CR LF and CR → LF, tabs kept, the characters no output
// may carry dropped, NFC.
std::string clean_value_text(std::string_view text) { return nfc(normalize_run_text(text, false)); }

std::string with_article(std::string_view type) {
  bool vowel = !type.empty() && std::string_view("aeiou").find(type[0]) != std::string_view::npos;
  return (vowel ? "an " : "a ") + std::string(type);
}

std::string grouped(size_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

void set_attr(pugi::xml_node n, const char* name, const std::string& value) {
  pugi::xml_attribute a = n.attribute(name);
  if (!a) a = n.append_attribute(name);
  a = value.c_str();
}

class RowFiller {
 public:
  RowFiller(const TemplateSheet& s, FilledSheet& out, bool date1904, const PictureFiles* pictures)
      : s_(s),
        out_(out),
        date1904_(date1904),
        pictures_(pictures),
        by_row_(static_cast<size_t>(s.limit) + 1) {
    for (const TemplateRow& row : s.rows) {
      if (row.r <= s.limit) by_row_[static_cast<size_t>(row.r)] = &row;
    }
  }

  void run(const Scope& scope) {
    out_.doc.reset(*s_.doc);
    data_ = ooxml::child(out_.doc.document_element(), "sheetData");
    while (pugi::xml_node n = data_.first_child()) data_.remove_child(n);
    std::vector<int> parents;
    for (const RowBlock& b : s_.blocks) parents.push_back(b.parent);
    out_.map = std::make_unique<RowMap>(s_.limit, s_.row_block, parents);
    emit_range(1, s_.limit, s_.top_blocks, 0, scope);
    out_.map->finish(count_);
    for (const TemplateRow& row : s_.rows) {
      if (row.r > s_.limit) emit_row(row, 0, out_.map->tail_row(row.r), scope);
    }
  }

 private:
  const RowBlock& block(int b) const { return s_.blocks[static_cast<size_t>(b)]; }

  void emit_range(int a, int b, const std::vector<int>& children, int path, const Scope& scope) {
    int r = a;
    for (int child : children) {
      emit_rows(r, block(child).open - 1, path, scope);
      expand(child, path, scope);
      r = block(child).close + 1;
    }
    emit_rows(r, b, path, scope);
  }

  void emit_rows(int from, int to, int path, const Scope& scope) {
    for (int t = from; t <= to; ++t) {
      if (++count_ > kMaxSheetRows) {
        throw DataError("worksheet " + s_.name + " would need more than " + grouped(kMaxSheetRows) +
                        " rows, Excel's limit");
      }
      out_.map->place(t, path, count_);
      if (const TemplateRow* row = by_row_[static_cast<size_t>(t)])
        emit_row(*row, path, count_, scope);
    }
  }

  void expand(int b, int path, const Scope& scope) {
    const RowBlock& blk = block(b);
    const Tag& tag = s_.tags[blk.tag];
    if (tag.kind == TagKind::If) {
      const bool yes = at_tag(tag.site, [&] { return tag.expr->eval(scope).truthy(); });
      const int copy = out_.map->add_path(path, b, 0);
      std::vector<int> kids;
      for (int c : blk.children) {
        if (blk.else_row == 0 || (block(c).open < blk.else_row) == yes) kids.push_back(c);
      }
      if (blk.else_row == 0) {
        if (yes) emit_range(blk.open, blk.close, kids, copy, scope);
      } else if (yes) {
        emit_range(blk.open, blk.else_row - 1, kids, copy, scope);
      } else {
        emit_range(blk.else_row + 1, blk.close, kids, copy, scope);
      }
      return;
    }
    const Value list = at_tag(tag.site, [&] { return tag.expr->eval(scope); });
    if (!list.is_array()) {
      fail_at(tag.site, ": '" + tag.expr->source() + "' is " + with_article(list.type_name()) +
                            ", expected a list");
    }
    long long index = 0;
    for (const Value& item : list.as_array()) {
      Scope inner(item, &scope);
      bind_each_item(inner, tag, item, index + 1);
      const int copy = out_.map->add_path(path, b, static_cast<int>(index++));
      emit_range(blk.open, blk.close, blk.children, copy, inner);
    }
  }

  void emit_row(const TemplateRow& row, int path, int out, const Scope& scope) {
    pugi::xml_node copy = data_.append_copy(row.node);
    set_attr(copy, "r", std::to_string(out));
    size_t i = 0;
    for (pugi::xml_node c : copy.children()) {
      if (!ooxml::is(c, "c")) continue;
      const TemplateCell& cell = row.cells[i++];
      set_attr(c, "r", column_letters(cell.col) + std::to_string(out));
      if (cell.formula) {
        place_formula(c, cell, path);
      } else if (cell.tagged) {
        fill_cell(c, cell, scope, out);
        for (size_t tag : cell.picture_tags) {
          if (auto pic = cell_picture(s_.tags[tag], scope, pictures_))
            out_.pictures.push_back({out, cell.col, std::move(pic)});
        }
      }
    }
  }

  void place_formula(pugi::xml_node c, const TemplateCell& cell, int path) {
    pugi::xml_node f = ooxml::child(c, "f");
    const bool array = ooxml::attr_value(f, "t") == "array";
    c.remove_attribute("t");
    while (pugi::xml_node v = ooxml::child(c, "v")) c.remove_child(v);
    if (!array) {  // a shared formula becomes the cell's own
      for (const char* a : {"t", "si", "ref"}) f.remove_attribute(a);
    }
    f.text().set(cell.formula->c_str());
    out_.formulas.push_back({c, &*cell.formula, path, array});
  }

  void fill_cell(pugi::xml_node c, const TemplateCell& cell, const Scope& scope, int out) {
    std::optional<std::string> text;
    const Tag* first_tag = nullptr;
    for (const CellTextPiece& p : cell.pieces) {
      if (p.tag && !first_tag) first_tag = &s_.tags[*p.tag];
    }
    if (cell.pieces.size() == 1 && first_tag) {
      Value v = at_tag(first_tag->site, [&] { return first_tag->text->render_value(scope); });
      text = set_cell_value(c, v, TypedCell{cell.date_format, date1904_});
    } else {
      clear_cell(c);
      text = render_pieces(cell.pieces, s_.tags, scope);
    }
    if (!text) return;
    std::string clean = clean_value_text(*text);
    if (clean.empty()) return;
    const size_t units = utf16_length(clean);
    if (units > kMaxCellTextUnits) {
      std::string what = first_tag ? describe(first_tag->site) : cell.label;
      throw DataError((first_tag ? first_tag->site.file + ": " : "") + what + " gives text of " +
                      grouped(units) + " characters, longer than an XLSX cell holds (" +
                      grouped(kMaxCellTextUnits) + "), in cell " + column_letters(cell.col) +
                      std::to_string(out) + " of the filled sheet");
    }
    set_cell_text(c, clean);
  }

  const TemplateSheet& s_;
  FilledSheet& out_;
  bool date1904_;
  const PictureFiles* pictures_;
  std::vector<const TemplateRow*> by_row_;
  pugi::xml_node data_;
  int count_ = 0;
};

}  // namespace

void fill_sheet_rows(const TemplateSheet& sheet, FilledSheet& out, const Scope& scope,
                     bool date1904, const PictureFiles* pictures) {
  RowFiller(sheet, out, date1904, pictures).run(scope);
}

}  // namespace formwork
