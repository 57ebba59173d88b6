#pragma once
// The style definitions part, word/styles.xml (ECMA-376 Part 1 §17.7), read
// into properties resolved through each style's w:basedOn chain, for the
// paragraph reader to lay direct formatting over (§17.7.2 style hierarchy).
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "docx/text_properties.h"

namespace formwork {

/// Table properties a table style (or a table's own w:tblPr) states.
struct TableProps {
  /// Whether w:tblBorders draws any line (nullopt: it states no side).
  std::optional<bool> borders;
  /// w:tblCellMar sides in twips (§17.4.42): top, left, bottom, right.
  std::optional<double> margin_top, margin_left, margin_bottom, margin_right;

  /// Lays `over` on top: what `over` states replaces this one's.
  void overlay(const TableProps& over);
};

/// Reads the w:tblBorders and w:tblCellMar of a w:tblPr (or a null node).
TableProps read_table_props(const pugi::xml_node& tbl_pr);

/// A style's kind for the model's paragraph roles.
enum class StyleRole { Body, Title, Heading };

/// One style resolved through its w:basedOn chain (the chain's properties,
/// nearest style winning; cycles and chains deeper than 32 are cut).
struct ResolvedStyle {
  ParaProps para;    ///< w:pPr (paragraph and table styles)
  RunProps run;      ///< w:rPr
  TableProps table;  ///< w:tblPr (table styles)
  StyleRole role = StyleRole::Body;
  int heading_level = 0;  ///< 1..9 from the name "heading N" (Heading role)
};

/// All styles of one document.
class StyleSheet {
 public:
  /// A document without a styles part: no defaults, no styles.
  StyleSheet() = default;

  /// Reads w:styles (the root of word/styles.xml): w:docDefaults
  /// (w:rPrDefault, w:pPrDefault) and every w:style.
  explicit StyleSheet(const pugi::xml_node& styles);

  /// w:docDefaults/w:pPrDefault (its w:rPr is not used: see run_defaults).
  const ParaProps& paragraph_defaults() const { return para_defaults_; }

  /// w:docDefaults/w:rPrDefault.
  const RunProps& run_defaults() const { return run_defaults_; }

  /// Paragraph style `id` resolved; the default paragraph style (w:default
  /// "1", usually Normal) when `id` is empty or names no paragraph style.
  const ResolvedStyle& paragraph_style(std::string_view id) const;

  /// Character style `id` resolved; the default character style when `id`
  /// is empty or unknown (empty properties when there is none).
  const ResolvedStyle& character_style(std::string_view id) const;

  /// Table style `id` resolved; the default table style when empty/unknown.
  const ResolvedStyle& table_style(std::string_view id) const;

 private:
  struct Raw {
    std::string type;
    std::string name;
    std::string based_on;
    pugi::xml_node node;
  };
  const ResolvedStyle& resolve(const std::string& id, int depth);
  const ResolvedStyle& lookup(std::string_view id, std::string_view type,
                              const std::string& fallback) const;

  ParaProps para_defaults_;
  RunProps run_defaults_;
  std::map<std::string, Raw, std::less<>> raw_;
  std::map<std::string, ResolvedStyle, std::less<>> resolved_;
  std::map<std::string, std::string> default_id_;  ///< type → default style id
  ResolvedStyle empty_;
};

}  // namespace formwork
