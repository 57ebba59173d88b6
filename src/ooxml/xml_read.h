#pragma once
// XML helpers for reading WordprocessingML parts (ECMA-376 Part 1) with
// pugixml. Elements and attributes are matched by local name ("w:p" and
// "p" alike): Word, WPS and LibreOffice all write the "w" prefix, but a
// package may bind the namespace to another prefix or a default namespace,
// and within one part the local names the reader asks for are unambiguous
// in the places it asks for them.
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace formwork::ooxml {

/// The local name of `node` ("p" for "w:p").
std::string_view local_name(const pugi::xml_node& node);

/// Whether `node` is an element with local name `name`.
bool is(const pugi::xml_node& node, std::string_view name);

/// The first child element with local name `name`, or a null node.
pugi::xml_node child(const pugi::xml_node& node, std::string_view name);

/// The first descendant element (depth first, document order) with local
/// name `name`, or a null node.
pugi::xml_node descendant(const pugi::xml_node& node, std::string_view name);

/// The attribute with local name `name` ("w:val", "r:id", "val"), or a
/// null attribute.
pugi::xml_attribute attr(const pugi::xml_node& node, std::string_view name);

/// The value of attribute `name`, or "" when it is absent.
std::string_view attr_value(const pugi::xml_node& node, std::string_view name);

/// The w:val of child `name` of `node`, or nullopt when the child is absent.
std::optional<std::string> child_val(const pugi::xml_node& node, std::string_view name);

/// An ST_OnOff toggle element (§17.17.4): true when present without w:val
/// or with "1"/"true"/"on"; false for "0"/"false"/"off"/"none".
bool on_off(const pugi::xml_node& element);

/// Child `name` as an ST_OnOff toggle: nullopt when the child is absent.
std::optional<bool> child_on_off(const pugi::xml_node& node, std::string_view name);

/// A length in twips from an ST_TwipsMeasure or ST_SignedTwipsMeasure
/// (§17.18.105, §17.18.81): a decimal number of twips, or a universal
/// measure with a unit (ST_UniversalMeasure §22.9.2.15: "2.5cm", "12pt",
/// "1in", "10mm", "1pc", "1pi"). nullopt for an empty or unreadable value.
std::optional<double> parse_twips(std::string_view text);

/// Attribute `name` of `node` as twips (parse_twips), or nullopt.
std::optional<double> twips_attr(const pugi::xml_node& node, std::string_view name);

/// Attribute `name` of `node` as a plain decimal number, or nullopt.
std::optional<double> number_attr(const pugi::xml_node& node, std::string_view name);

/// A decimal number, or nullopt when `text` is not one in full.
std::optional<double> parse_number(std::string_view text);

/// How deep a part's elements may nest: the reader walks content
/// recursively, and Word's own documents stay far below (a table in a
/// table in a content control is some 20 levels).
inline constexpr int kMaxDepth = 512;

/// Parses `bytes` (the part named `part`) into `doc`, keeping w:t elements
/// that hold only spaces. Throws TemplateError naming the part and the
/// byte offset when the part is not well-formed XML, or nests elements
/// deeper than kMaxDepth.
void parse_part(pugi::xml_document& doc, const std::string& bytes, const std::string& part);

}  // namespace formwork::ooxml
