#pragma once
// How a spreadsheet or CSV cell becomes a JSON value: the type the
// template's schema declares for the field its column names.
#include <map>
#include <string>

namespace formwork {

/// The value a column's cells become.
enum class ColumnType {
  Any,     ///< no schema says: XLSX numbers and booleans as such, text as text
  Text,    ///< "type": "string" — the cell's text (an XLSX number: its stored value)
  Number,  ///< "type": "number" or "integer" — an exact Decimal
  Bool,    ///< "type": "boolean"
  Date,    ///< "type": "string", "format": "date" — YYYY-MM-DD (from an Excel serial)
};

/// The types of a schema's top-level properties (JSON Schema draft-07
/// "properties", following local "$ref"s to "#/definitions/…"; a "type"
/// list counts its first type other than "null"). Fields not named, or
/// whose schema is ambiguous (anyOf/oneOf), are Any.
class ColumnTypes {
 public:
  ColumnTypes() = default;
  /// Reads the schema file at `schema_path` ("" = no schema, or not JSON:
  /// every field Any; Schema::load reports a broken schema). Throws
  /// IoError naming the file when it cannot be read.
  static ColumnTypes load(const std::string& schema_path);
  ColumnType of(const std::string& field) const;
  /// The types of the item properties of list field `list_field` (its
  /// "items" schema), for the rows --rows reads into it; all Any when the
  /// field is not a list of objects.
  ColumnTypes items(const std::string& list_field) const;

 private:
  using Types = std::map<std::string, ColumnType>;
  explicit ColumnTypes(Types types) : types_(std::move(types)) {}
  Types types_;
  std::map<std::string, Types> item_types_;  ///< by list field
};

}  // namespace formwork
