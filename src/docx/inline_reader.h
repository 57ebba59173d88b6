#pragma once
// The run-level content of a paragraph (ECMA-376 Part 1 §17.3.2 w:r and
// the elements that hold runs: hyperlinks §17.16.22, fields §17.16,
// content controls §17.5.2, tracked changes §17.13.5, smart tags,
// custom XML, mc:AlternateContent) fed to a RunCollector.
#include <pugixml.hpp>

#include "docx/field_state.h"
#include "docx/reader_context.h"
#include "docx/run_collector.h"
#include "docx/text_properties.h"

namespace formwork {

/// Reads the runs of one paragraph.
class InlineReader {
 public:
  /// `base` holds the run properties every run of the paragraph starts
  /// from (document defaults, table style, paragraph style; §17.7.2).
  InlineReader(ReaderContext& ctx, const PartContext& part, FieldState& fields, RunCollector& out,
               const RunProps& base)
      : ctx_(ctx), part_(part), fields_(fields), out_(out), base_(base) {}

  /// Reads the run-level children of `container` (a w:p, w:hyperlink,
  /// w:sdtContent…): w:r; the runs inside w:hyperlink, w:smartTag,
  /// w:customXml, w:ins, w:moveTo, w:dir, w:bdo, w:sdt; w:fldSimple (its
  /// result, or a page marker in headers and footers); m:oMath as plain
  /// text (warned). w:del and w:moveFrom are left out (changes accepted,
  /// warned); bookmarks, proofing and permission marks are skipped.
  void read(const pugi::xml_node& container);

  /// The properties of a run whose direct w:rPr is `direct`: base, then
  /// its character style (w:rStyle) chain, then `direct`.
  RunProps resolve(const RunProps& direct) const;

 private:
  void read_run(const pugi::xml_node& r);
  void read_run_child(const pugi::xml_node& c, const RunProps& props);
  void read_field_char(const pugi::xml_node& c, const RunProps& props);
  void read_simple_field(const pugi::xml_node& fld);
  void read_symbol(const pugi::xml_node& sym, const RunProps& props);
  void read_math(const pugi::xml_node& math);
  void page_marker(FieldKind kind, const RunProps& props);
  void text(std::string_view text, const RunProps& props);

  ReaderContext& ctx_;
  const PartContext& part_;
  FieldState& fields_;
  RunCollector& out_;
  const RunProps& base_;
};

}  // namespace formwork
